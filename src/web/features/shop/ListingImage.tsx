import { Center, Image } from "@mantine/core";
import { useState } from "react";
import { StoreIcon } from "../../ui/icons.tsx";

/** The listing's picture, or a neutral placeholder when it has none (or it fails to load). */
export function ListingImage({ src, alt, radius }: { src: string | null; alt: string; radius?: string }) {
  const [failed, setFailed] = useState(false);
  if (!src || failed) {
    return (
      <Center
        className="listing-image"
        c="gray.5"
        style={{ borderRadius: radius }}
        role="img"
        aria-label={alt}
      >
        <StoreIcon size={48} />
      </Center>
    );
  }
  return (
    <Image src={src} alt={alt} className="listing-image" radius={radius} onError={() => setFailed(true)} />
  );
}
