// The scanner adapter's public face (README.md): barcode decoding in a worker, latest-wins.
// Import it with import() when the scanner opens: the decoder is not part of the first screen.
export type { DecodedCode, DecodeErrorCode, DecodeOptions, DecodeResult, DecoderKind, Frame, FrameDecoder, Region } from './types';
export { createFrameDecoder, type CreateDecoderOptions } from './create-decoder';
