/** `npx tsx scripts/generate-icons.ts`: the app icons of the web app manifest (public/icons), drawn with sharp. */
import sharp from "sharp";

const svg = (size: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="96" fill="#0b7a4b"/>
  <rect x="96" y="300" width="72" height="116" rx="12" fill="#e3a008"/>
  <rect x="220" y="220" width="72" height="196" rx="12" fill="#ffffff"/>
  <rect x="344" y="140" width="72" height="276" rx="12" fill="#ffffff"/>
  <text x="256" y="120" font-family="Arial, Helvetica, sans-serif" font-size="88" font-weight="700" fill="#ffffff" text-anchor="middle">TRK</text>
</svg>`;

async function main(): Promise<void> {
  for (const size of [192, 512]) {
    await sharp(Buffer.from(svg(size))).resize(size, size).png().toFile(`public/icons/icon-${size}.png`);
  }
  await sharp(Buffer.from(svg(180))).resize(180, 180).png().toFile("public/icons/apple-touch-icon.png");
  console.log("Ikon dibuat di public/icons.");
}

void main();
