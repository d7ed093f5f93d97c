import type { ModuleContext, RedressModule } from "../../platform/modules/module.ts";
import { createStaffService, type StaffService } from "./staff.service.ts";

export interface StaffPorts {
  staff: StaffService;
}

/** Who works in which department: every console module asks this one. */
export function staffModule(_ctx: ModuleContext): RedressModule<StaffPorts> {
  return { name: "staff", ports: { staff: createStaffService() } };
}
