// WebGL availability check on a scratch canvas (no three.js), so the viewer can show its 2D fallback instead of throwing.

export interface WebGLSupport {
  ok: boolean;
  version: 0 | 1 | 2;
  reason?: string;
}

/** Try WebGL2, then WebGL1, on a throwaway canvas; release the context again so no slot is held. Never throws. */
export function detectWebGL(doc: Document | undefined = typeof document === 'undefined' ? undefined : document): WebGLSupport {
  if (!doc) return { ok: false, version: 0, reason: 'no document (server or worker)' };
  try {
    const canvas = doc.createElement('canvas');
    let version: 1 | 2 = 2;
    let gl: WebGLRenderingContext | WebGL2RenderingContext | null = canvas.getContext('webgl2');
    if (!gl) { version = 1; gl = (canvas.getContext('webgl') ?? canvas.getContext('experimental-webgl')) as WebGLRenderingContext | null; }
    if (!gl) return { ok: false, version: 0, reason: 'WebGL is not available in this browser' };
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { ok: true, version };
  } catch (e) {
    return { ok: false, version: 0, reason: `WebGL check failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}
