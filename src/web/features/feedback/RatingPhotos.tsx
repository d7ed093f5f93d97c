import { Group } from "@mantine/core";
import type { FeedbackPhoto } from "../../../contracts/feedback.ts";

/** The photos of a rating as small pictures; each opens full size in a new tab. */
export function RatingPhotos({ photos, by }: { photos: FeedbackPhoto[]; by: string }) {
  if (photos.length === 0) return null;
  return (
    <Group
      gap="xs"
      component="ul"
      aria-label={`Photos from ${by}`}
      style={{ listStyle: "none", padding: 0, margin: 0 }}
    >
      {photos.map((photo, i) => (
        <li key={photo.id}>
          <a href={photo.url} target="_blank" rel="noopener noreferrer" className="rating-photo">
            <img
              src={photo.url}
              alt={`${i + 1} of ${photos.length}, from ${by} (opens full size)`}
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
