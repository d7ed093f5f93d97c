import { Anchor, type AnchorProps, Button, type ButtonProps } from "@mantine/core";
import { createLink, type LinkComponent } from "@tanstack/react-router";
import type { AnchorHTMLAttributes, Ref } from "react";

type AnchorElementProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "color" | "style">;

interface MantineAnchorProps extends AnchorProps, AnchorElementProps {
  ref?: Ref<HTMLAnchorElement>;
}

function MantineAnchor(props: MantineAnchorProps) {
  return <Anchor {...props} />;
}

interface MantineButtonAnchorProps extends ButtonProps, AnchorElementProps {
  ref?: Ref<HTMLAnchorElement>;
}

function MantineButtonAnchor(props: MantineButtonAnchorProps) {
  return <Button component="a" {...props} />;
}

const CreatedAnchorLink = createLink(MantineAnchor);
const CreatedButtonLink = createLink(MantineButtonAnchor);

/** A router link that looks like a Mantine Anchor. */
export const AnchorLink: LinkComponent<typeof MantineAnchor> = (props) => (
  <CreatedAnchorLink preload="intent" {...props} />
);

/** A router link that looks like a Mantine Button (it is still a link for assistive technology). */
export const ButtonLink: LinkComponent<typeof MantineButtonAnchor> = (props) => (
  <CreatedButtonLink preload="intent" {...props} />
);
