/** The smallest transparent 1×1 GIF (42 bytes): what the no-JavaScript read pixel answers. */
export const transparentGif: Uint8Array<ArrayBuffer> = new Uint8Array(Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'));
