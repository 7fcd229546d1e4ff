// Shows the height messages the parent script applied (embed-parent.js fires
// `indikator-embed-resize` on each iframe it resizes).
const log = document.getElementById('log');
document.addEventListener('indikator-embed-resize', (event) => {
  const line = `${new Date().toLocaleTimeString('id-ID')}  id=${event.detail.id}  height=${event.detail.height}px\n`;
  log.textContent = (line + log.textContent).split('\n').slice(0, 12).join('\n');
});
