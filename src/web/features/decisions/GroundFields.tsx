import { Checkbox, Radio, Stack, Textarea, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { type DecisionFormValues, decisionFieldId } from "./decision-form.model.ts";

type Form = UseFormReturnType<DecisionFormValues>;

/** The legal basis of the restriction, as the statement of reasons records it. */
export function GroundFields({ form }: { form: Form }) {
  const kind = form.values.groundKind;
  return (
    <Stack gap="sm">
      <Radio.Group
        {...form.getInputProps("groundKind")}
        label="Ground of the decision"
        description="Goes into the statement of reasons that the seller receives."
      >
        <Stack gap="xs" mt={6}>
          <Radio
            id={decisionFieldId("groundKind")}
            value="illegal_content"
            label="Illegal content"
            description="It breaks a law of the EU or of a member state."
          />
          <Radio
            value="incompatible_content"
            label="Against our terms"
            description="It breaks the marketplace's terms and conditions."
          />
        </Stack>
      </Radio.Group>
      {kind === "illegal_content" && (
        <Stack gap="sm" pl={{ base: 0, xs: 32 }}>
          <TextInput
            {...form.getInputProps("legalGround")}
            id={decisionFieldId("legalGround")}
            label="Legal ground"
            description="The law and its article, e.g. “Regulation (EU) 2017/1001, Art. 9”."
            maxLength={500}
          />
          <Textarea
            {...form.getInputProps("explanation")}
            id={decisionFieldId("explanation")}
            label="Explanation"
            description="Why the content is illegal under that law."
            autosize
            minRows={2}
            maxRows={6}
            maxLength={2000}
          />
        </Stack>
      )}
      {kind === "incompatible_content" && (
        <Stack gap="sm" pl={{ base: 0, xs: 32 }}>
          <TextInput
            {...form.getInputProps("termsSection")}
            id={decisionFieldId("termsSection")}
            label="Terms section"
            description="The section of the terms it breaks, e.g. “Listing rules §4.2 Prohibited goods”."
            maxLength={500}
          />
          <Textarea
            {...form.getInputProps("explanation")}
            id={decisionFieldId("explanation")}
            label="Explanation"
            description="Why the content breaks that section."
            autosize
            minRows={2}
            maxRows={6}
            maxLength={2000}
          />
          <Checkbox
            {...form.getInputProps("alsoIllegal", { type: "checkbox" })}
            label="Also illegal?"
            description="Tick if the content is also illegal, not only against our terms."
          />
        </Stack>
      )}
    </Stack>
  );
}
