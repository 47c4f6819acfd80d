// PNG export, browser only: the SVG from toSvg() is loaded as an image and drawn on a canvas.
// Fonts come from the system (an SVG used as an image cannot load web fonts), which is why
// toSvg() names a font stack with CJK faces.

/**
 * The smallest desktop limits: 16,384 px per side (Chromium's area is 16,384², old Edge's side)
 * and Firefox's area of 11,180² px (Chromium allows 16,384²). iOS Safari's 4,096² is not
 * honoured on purpose: a large map shrunk that far would be unreadable anyway.
 */
export const MAX_CANVAS_SIDE = 16_384;
export const MAX_CANVAS_AREA = 11_180 * 11_180;

/**
 * The canvas size for drawing a `width`×`height` image at `scale`, with the scale reduced as
 * far as needed to stay within the browser's limits: past them a canvas silently stays blank.
 */
export function pngSize(width: number, height: number, scale: number): { width: number; height: number; scale: number } {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const fitted = Math.min(scale, MAX_CANVAS_SIDE / w, MAX_CANVAS_SIDE / h, Math.sqrt(MAX_CANVAS_AREA / (w * h)));
  return {
    width: Math.max(1, Math.min(MAX_CANVAS_SIDE, Math.floor(w * fitted))),
    height: Math.max(1, Math.min(MAX_CANVAS_SIDE, Math.floor(h * fitted))),
    scale: fitted,
  };
}

/** The root element's width and height attributes (toSvg writes them, in px), read without a DOM parser. */
function svgSize(svg: string): { width: number; height: number } | null {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  return width > 0 && height > 0 ? { width, height } : null;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error("The SVG could not be loaded as an image"));
    img.src = url;
  });
}

export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const img = await loadImage(url);
    const natural = svgSize(svg) ?? { width: img.naturalWidth, height: img.naturalHeight };
    const size = pngSize(natural.width, natural.height, scale);
    const canvas = document.createElement("canvas");
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("No 2D canvas context is available");
    context.drawImage(img, 0, 0, size.width, size.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("The canvas could not be encoded as PNG"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
