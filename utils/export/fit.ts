import type { Fit } from '../schemas/pack-choice';
import type { ReportLang } from './report-input';

/** The schema lives with the other boundary schemas; kept reachable here for the export code. */
export { fitSchema, type Fit } from '../schemas/pack-choice';

export const GENERIC_UPLOAD: Fit = {
  preset: 'generic',
  maxImageBytes: 2 * 1024 * 1024,
  maxPdfBytes: 10 * 1024 * 1024,
  maxFiles: 10,
};

/** Re-encodes a picture as JPEG of at most `maxBytes`, or undefined when it cannot get that small. */
export type JpegEncoder = (image: Blob, maxBytes: number) => Promise<Uint8Array | undefined>;

/** The browser's encoder: lower quality first, then a smaller size, until the picture fits. */
export const canvasJpeg: JpegEncoder = async (image, maxBytes) => {
  const bitmap = await createImageBitmap(image);
  try {
    for (const scale of [1, 0.75, 0.5, 0.35]) {
      const canvas = new OffscreenCanvas(
        Math.max(1, Math.round(bitmap.width * scale)),
        Math.max(1, Math.round(bitmap.height * scale)),
      );
      const ctx = canvas.getContext('2d');
      if (!ctx) return undefined;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      for (const quality of [0.85, 0.7, 0.55, 0.4]) {
        const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
        if (blob.size <= maxBytes) return new Uint8Array(await blob.arrayBuffer());
      }
    }
    return undefined;
  } finally {
    bitmap.close();
  }
};

export interface UploadSource {
  /** Where the original is in the pack. */
  path: string;
  read: () => Promise<Blob | undefined>;
}

export interface UploadFile {
  path: string;
  mime: string;
  bytes: Uint8Array;
  from: string;
}

const NOTES = {
  en: {
    pdfOver: (size: number, max: number) =>
      `report.pdf is ${mb(size)}, over the ${mb(max)} limit: it is left out of upload/ (it is in the pack).`,
    imageOver: (path: string, max: number) =>
      `${path} could not be made smaller than ${mb(max)} as a JPEG: left out of upload/.`,
    count: (n: number, max: number) =>
      `${n} more picture(s) did not fit the limit of ${max} files: they are in evidence/.`,
  },
  zh: {
    pdfOver: (size: number, max: number) =>
      `report.pdf 为 ${mb(size)}，超过 ${mb(max)} 的限制，未放入 upload/（证据包中仍有原件）。`,
    imageOver: (path: string, max: number) => `${path} 无法压缩到 ${mb(max)} 以内的 JPEG，未放入 upload/。`,
    count: (n: number, max: number) => `另有 ${n} 张图片超出 ${max} 个文件的数量限制，请在 evidence/ 中查看。`,
  },
  'zh-TW': {
    pdfOver: (size: number, max: number) =>
      `report.pdf 為 ${mb(size)}，超過 ${mb(max)} 的限制，未放入 upload/（證據包中仍有原件）。`,
    imageOver: (path: string, max: number) => `${path} 無法壓縮到 ${mb(max)} 以內的 JPEG，未放入 upload/。`,
    count: (n: number, max: number) => `另有 ${n} 張圖片超出 ${max} 個檔案的數量限制，請在 evidence/ 中查看。`,
  },
} as const;

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The upload/ copies: report.pdf when it is within its limit, then the pictures, in evidence order,
 * as JPEGs under the image limit, as many as the file count allows. Every choice it could not make is
 * a note, so the user knows what to attach by hand.
 */
export async function fitForUpload(
  fit: Fit,
  input: { pdf?: Uint8Array; images: UploadSource[]; lang: ReportLang },
  encode: JpegEncoder = canvasJpeg,
): Promise<{ files: UploadFile[]; notes: string[] }> {
  const n = NOTES[input.lang];
  const files: UploadFile[] = [];
  const notes: string[] = [];
  const room = () => fit.maxFiles === undefined || files.length < fit.maxFiles;
  if (input.pdf) {
    if (fit.maxPdfBytes !== undefined && input.pdf.byteLength > fit.maxPdfBytes)
      notes.push(n.pdfOver(input.pdf.byteLength, fit.maxPdfBytes));
    else if (room())
      files.push({ path: 'upload/report.pdf', mime: 'application/pdf', bytes: input.pdf, from: 'report.pdf' });
  }
  let left = 0;
  let index = 0;
  for (const image of input.images) {
    if (!room()) {
      left += 1;
      continue;
    }
    const blob = await image.read();
    if (!blob) continue;
    index += 1;
    const name = `upload/${String(index).padStart(2, '0')}-${image.path
      .split('/')
      .pop()!
      .replace(/\.\w+$/, '')}.jpg`;
    const max = fit.maxImageBytes ?? Number.MAX_SAFE_INTEGER;
    const bytes = await encode(blob, max);
    if (bytes) files.push({ path: name, mime: 'image/jpeg', bytes, from: image.path });
    else notes.push(n.imageOver(image.path, max));
  }
  if (left) notes.push(n.count(left, fit.maxFiles ?? 0));
  return { files, notes };
}
