import { Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { FeedbackPhoto } from "../../../contracts/feedback.ts";

/** The photos of a rating as small pictures; each opens full size in a new tab. */
export function RatingPhotos({ photos, by }: { photos: FeedbackPhoto[]; by: string }) {
  const { t } = useTranslation("feedback");
  if (photos.length === 0) return null;
  return (
    <Group
      gap="xs"
      component="ul"
      aria-label={t("photos.from", { who: by })}
      style={{ listStyle: "none", padding: 0, margin: 0 }}
    >
      {photos.map((photo, i) => (
        <li key={photo.id}>
          <a href={photo.url} target="_blank" rel="noopener noreferrer">
            <img
              src={photo.url}
              alt={t("photos.alt", { n: i + 1, total: photos.length, who: by })}
              width={72}
              height={72}
              loading="lazy"
              style={{ objectFit: "cover", borderRadius: 4, display: "block" }}
            />
          </a>
        </li>
      ))}
    </Group>
  );
}
