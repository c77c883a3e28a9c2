// Astro 7 needs Node 22. npm puts node_modules/.bin first on PATH, so `npm run …`
// uses the `node` devDependency; this guard catches a direct `node` call on the system Node.
const major = Number(process.versions.node.split('.')[0]);
if (major !== 22) {
  console.error(
    `Cần Node 22 (đang chạy ${process.version}). Chạy qua "npm run …" sau "npm ci" để dùng Node 22 của dự án.\n` +
      `Node 22 is required (running ${process.version}). Run through "npm run …" after "npm ci" to use the project's Node 22.`,
  );
  process.exit(2);
}
