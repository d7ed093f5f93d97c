import i18next from "i18next";

const KIND_OF_TYPE = {
  "application/pdf": "pdf",
  "application/msword": "word",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "word",
  "image/gif": "gif",
  "image/jpeg": "jpeg",
  "image/png": "png",
  "image/webp": "webp",
  "video/mp4": "mp4",
  "video/webm": "webm",
} as const;

const isKnownType = (mimeType: string): mimeType is keyof typeof KIND_OF_TYPE => mimeType in KIND_OF_TYPE;

/** "PNG image", "PDF", "MP4 video": what a stored file is, for whoever reads a list of files. */
export function fileKindName(mimeType: string): string {
  return i18next.t(`ui:files.kinds.${isKnownType(mimeType) ? KIND_OF_TYPE[mimeType] : "file"}`);
}
