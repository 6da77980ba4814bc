import type { CameraError, CameraErrorCode } from './types';

// getUserMedia rejects with DOMExceptions whose names differ a little between browsers; this is
// the one place that turns them into the adapter's codes.
const BY_NAME: Readonly<Record<string, CameraErrorCode>> = {
  NotAllowedError: 'permission-denied',
  PermissionDeniedError: 'permission-denied', // older Chromium
  SecurityError: 'permission-denied', // a permissions policy forbids the camera
  NotFoundError: 'no-camera',
  DevicesNotFoundError: 'no-camera',
  NotReadableError: 'in-use',
  TrackStartError: 'in-use',
  AbortError: 'in-use', // Firefox: the device could not be started
  OverconstrainedError: 'constraints',
  ConstraintNotSatisfiedError: 'constraints',
};

export function cameraError(code: CameraErrorCode, name?: string): CameraError {
  return name ? { code, name } : { code };
}

/** The adapter's error for whatever getUserMedia (or applyConstraints) rejected with. */
export function toCameraError(thrown: unknown): CameraError {
  const name = thrown && typeof thrown === 'object' && 'name' in thrown ? String((thrown as { name: unknown }).name) : undefined;
  return cameraError((name && BY_NAME[name]) || 'unknown', name);
}
