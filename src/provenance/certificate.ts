/**
 * The leaf certificate of a Sigstore bundle (keyless: Fulcio's), parsed without verifying it —
 * for naming who signed (keyless.ts after signing, verify.ts when a bundle is refused); the
 * verification itself is @sigstore/verify's, in verify.ts.
 */
import type { Bundle } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';

/** The bundle's certificate, or undefined for a key signature (or bytes that do not parse). */
export function leafCertificate(bundle: Bundle): X509Certificate | undefined {
  const content = bundle.verificationMaterial.content;
  const raw =
    content.$case === 'certificate'
      ? content.certificate.rawBytes
      : content.$case === 'x509CertificateChain'
        ? content.x509CertificateChain.certificates[0]?.rawBytes
        : undefined;
  if (!raw) return undefined;
  try {
    return X509Certificate.parse(Buffer.from(raw));
  } catch {
    return undefined;
  }
}
