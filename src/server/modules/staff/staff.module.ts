import type { ModuleContext, RedressModule } from "../../platform/modules/module.ts";
import { createStaffRepository, type StaffRepository } from "./staff.repository.ts";

export interface StaffPorts {
  staff: StaffRepository;
}

/** Who works in which department: every console module asks this one. */
export function staffModule(_ctx: ModuleContext): RedressModule<StaffPorts> {
  return { name: "staff", ports: { staff: createStaffRepository() } };
}
