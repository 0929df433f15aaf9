/**
 * In the editor: what the newsroom did to uploaded photos (admin/photo-uploads.ts, the X-Upload-Notes header of a
 * save's answer), told to the person in a notice that stays until they close it.
 */
export const UPLOAD_NOTES_HEADER = 'X-Upload-Notes';

function show(notes: string[], close: string) {
  let box = document.getElementById('upload-notes');
  if (!box) {
    box = document.createElement('div');
    box.id = 'upload-notes';
    box.setAttribute('role', 'status');
    // Styled here: the local editor's page has no stylesheet of ours.
    Object.assign(box.style, {
      position: 'fixed',
      right: '16px',
      bottom: '56px',
      zIndex: '1000',
      maxWidth: '460px',
      padding: '12px 16px',
      background: '#f0f7ee',
      border: '1px solid #6a9f5b',
      borderRadius: '6px',
      color: '#1d3b14',
      fontSize: '14px',
      lineHeight: '1.6',
      boxShadow: '0 2px 8px rgba(0,0,0,0.15)',
    });
    document.body.append(box);
  }
  const list = document.createElement('ul');
  list.style.margin = '0 0 8px';
  list.style.paddingLeft = '18px';
  for (const note of notes) {
    const item = document.createElement('li');
    item.textContent = note;
    list.append(item);
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = close;
  button.addEventListener('click', () => box.remove());
  box.replaceChildren(list, button);
}

/** Every answer that carries notes (only the editor's own API sends them) shows them. */
export function announceUploadNotes(close: string) {
  const fetchAnswer = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await fetchAnswer(input, init);
    const notes = response.headers.get(UPLOAD_NOTES_HEADER);
    if (notes) show(JSON.parse(decodeURIComponent(notes)) as string[], close);
    return response;
  };
}
