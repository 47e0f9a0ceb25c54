/** Where the API says to PUT a file: a presigned S3 URL in AWS, a signed local route otherwise. */
export type UploadTarget = { url: string; method: "PUT"; headers: Record<string, string> };

/** What to say when the upload is refused (with the HTTP status) or cannot reach storage, in the reader's words. */
export type UploadWords = { refused: (status: number) => string; failed: string };

/** PUTs the file with XMLHttpRequest, because fetch cannot report upload progress. */
export function uploadFile(
  target: UploadTarget,
  file: File,
  onProgress: (fraction: number) => void,
  words: UploadWords,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(target.method, target.url);
    for (const [name, value] of Object.entries(target.headers)) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () =>
      request.status >= 200 && request.status < 300 ? resolve() : reject(new Error(words.refused(request.status)));
    request.onerror = () => reject(new Error(words.failed));
    request.send(file);
  });
}
