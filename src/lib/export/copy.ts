/**
 * Progressive enhancement for the export components: reveal the copy buttons and copy the textarea they name.
 * Without JavaScript the buttons stay hidden and the code is selectable in its read-only textarea.
 */
function statusOf(from: Element): HTMLElement | null {
  return (from.closest('.export-block')?.querySelector('.copy-status') as HTMLElement | null) ?? null;
}

async function copyText(el: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(el.value);
    return true;
  } catch {
    el.focus();
    el.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

function init() {
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    if (b.dataset.ready) continue;
    b.dataset.ready = '1';
    b.hidden = false;
    b.addEventListener('click', async () => {
      const target = document.getElementById(b.dataset.copy ?? '') as HTMLTextAreaElement | null;
      const out = statusOf(b);
      if (!target) return;
      const ok = await copyText(target);
      if (out) out.textContent = ok ? (out.dataset.done ?? '').replace('{what}', b.dataset.copyWhat ?? '') : (out.dataset.failed ?? '');
    });
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();

export {};
