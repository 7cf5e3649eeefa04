/**
 * In a frame, tells the host page how tall the embed's content is, whenever that changes,
 * for hosts that resize their iframes to fit. The message is
 * `{ type: 'syria-timeline:embed-height', height, url }`; it carries nothing private, so
 * it is posted to any origin. Without this script the embed scrolls inside its frame.
 */
export const HEIGHT_MESSAGE = 'syria-timeline:embed-height';

if (window.parent !== window) {
  let last = 0;
  const post = () => {
    const style = getComputedStyle(document.body);
    const height = Math.ceil(
      document.body.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom),
    );
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height, url: location.href }, '*');
  };
  new ResizeObserver(post).observe(document.body);
  addEventListener('load', post);
}
