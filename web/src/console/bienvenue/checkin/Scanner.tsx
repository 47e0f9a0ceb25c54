import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

type Stop = () => void;

/** Native QR detection where the browser has it (Chrome on Android, Safari); otherwise ZXing, loaded now. */
async function startScanning(video: HTMLVideoElement, found: (text: string) => void): Promise<Stop> {
  const Native = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (Native && (await Native.getSupportedFormats()).includes("qr_code")) {
    const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
    video.srcObject = stream;
    await video.play();
    const detector = new Native({ formats: ["qr_code"] });
    let running = true;
    const tick = async () => {
      if (!running) return;
      try {
        const [code] = await detector.detect(video);
        if (code?.rawValue) found(code.rawValue);
      } catch {
        // A frame that cannot be read yet (the video is starting): try the next one.
      }
      setTimeout(() => void tick(), 250);
    };
    void tick();
    return () => {
      running = false;
      for (const track of stream.getTracks()) track.stop();
    };
  }
  const { BrowserQRCodeReader } = await import("@zxing/browser");
  const controls = await new BrowserQRCodeReader().decodeFromConstraints(
    { video: { facingMode: "environment" } },
    video,
    (result) => {
      if (result) found(result.getText());
    },
  );
  return () => controls.stop();
}

type BarcodeDetectorClass = {
  new (options: { formats: string[] }): { detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]> };
  getSupportedFormats: () => Promise<string[]>;
};

/** The phone's camera, reading ticket QR codes until closed; each code read is handed over once in a row. */
export function Scanner({ onCode, onClose }: { onCode: (code: string) => void; onClose: () => void }) {
  const { t } = useTranslation("checkin");
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  const handler = useRef(onCode);
  handler.current = onCode;

  useEffect(() => {
    const element = video.current;
    if (!element) return;
    let stop: Stop | undefined;
    let cancelled = false;
    let last = { text: "", at: 0 };
    startScanning(element, (text) => {
      // The same ticket stays in front of the camera for a while: read it once.
      if (text === last.text && Date.now() - last.at < 4000) return;
      last = { text, at: Date.now() };
      handler.current(text);
    })
      .then((stopper) => {
        if (cancelled) stopper();
        else stop = stopper;
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);

  return (
    <div className="scanner">
      {failed ? (
        <p role="alert" className="failure">
          {t("scan.failed")}
        </p>
      ) : (
        <>
          <p className="hint">{t("scan.hint")}</p>
          <video ref={video} muted playsInline aria-label={t("scan.preview")} />
        </>
      )}
      <button type="button" className="secondary" onClick={onClose}>
        {t("scan.close")}
      </button>
    </div>
  );
}
