// Resumable uploads from the console to /files (tus 1.0, see Uploads/README.md) with tus-js-client.
// The file's bytes go from the browser straight to the tus server, never through the Blazor circuit.
// tus-js-client keeps each upload's URL in localStorage under a fingerprint, so choosing the same
// file again after a reload (or a crash) resumes where the server stopped instead of starting over.

const tusScript = '/console/vendor/tus.min.js';

// Long enough to ride out a dropped Wi-Fi or a restarting server; tus-js-client resets the
// attempt counter whenever a chunk gets through.
const retryDelays = [0, 1000, 3000, 5000, 10000, 20000, 30000, 60000];

// A PATCH per 8 MiB: progress reaches the server often enough that a drop loses little.
const chunkSize = 8 * 1024 * 1024;

let tusLoading = null;

function loadTus() {
  if (window.tus) {
    return Promise.resolve(window.tus);
  }

  tusLoading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = tusScript;
    script.onload = () => resolve(window.tus);
    script.onerror = () => {
      tusLoading = null;
      reject(new Error('无法加载上传组件，请刷新页面后重试。'));
    };
    document.head.appendChild(script);
  });
  return tusLoading;
}

// The server's Chinese reason (text/plain body, code in X-SanXiang-Error) when there is one.
function describe(error) {
  const response = error && error.originalResponse;
  if (response) {
    const body = response.getBody();
    const code = response.getHeader('X-SanXiang-Error');
    if (body && code) {
      return `${body}（${code}）`;
    }

    if (body) {
      return body;
    }

    return `上传被服务器拒绝（HTTP ${response.getStatus()}）。`;
  }

  return navigator.onLine === false ? '网络已断开，恢复后将自动续传。' : '网络异常，上传已暂停，可点击“继续”续传。';
}

// The device's own clock, as the officer's phone keeps it: the time a camera file was made, in Beijing time as a
// datetime-local input takes it (2026-03-01T09:30).
function beijingLocal(ms) {
  const beijing = new Date(ms + 8 * 3600 * 1000);
  return beijing.toISOString().slice(0, 16);
}

class EvidenceUpload {
  // inputs: the plain file picker and the camera inputs (capture="environment"); the file chosen last is uploaded.
  constructor(inputs, dotnet, tenant) {
    this.inputs = inputs;
    this.file = null;
    this.dotnet = dotnet;
    this.tenant = tenant;
    this.upload = null;
    this.running = false;
    this.lastPercent = -1;
    this.onOnline = () => {
      if (this.upload && !this.running && this.waitingForNetwork) {
        this.resume();
        this.dotnet.invokeMethodAsync('OnResumed');
      }
    };
    window.addEventListener('online', this.onOnline);
    this.onChange = (event) => this.choose(event.target);
    for (const input of inputs) {
      input.addEventListener('change', this.onChange);
    }
  }

  choose(input) {
    const file = input.files && input.files[0];
    if (!file) {
      return;
    }

    this.file = file;
    for (const other of this.inputs) {
      if (other !== input) {
        other.value = '';
      }
    }

    const camera = input.hasAttribute('capture');
    this.dotnet.invokeMethodAsync('OnFileChosen', file.name, file.size, beijingLocal(file.lastModified || Date.now()), camera);
  }

  // Where the phone is, when the officer allows the browser to tell (the browser asks him); never required.
  locate() {
    return new Promise((resolve) => {
      if (!navigator.geolocation) {
        resolve({ error: '此浏览器不支持获取位置。' });
        return;
      }

      navigator.geolocation.getCurrentPosition(
        (p) => resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude, accuracy: p.coords.accuracy }),
        (e) => resolve({ error: e.code === 1 ? '未获准获取位置（可在浏览器设置中允许）。' : '暂时无法获取位置，请稍后重试。' }),
        { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    });
  }

  // The tenant is part of the fingerprint: an upload belongs to one tenant (Uploads/README.md).
  fingerprint(file) {
    return Promise.resolve(['sanxiang', this.tenant, file.name, file.type, file.size, file.lastModified].join('/'));
  }

  async start(metadata) {
    // A file chosen before this module was listening is still the officer's choice.
    const file = this.file || this.inputs.map((i) => i.files && i.files[0]).find((f) => f);
    if (!file) {
      throw new Error('请先选择文件。');
    }

    const tus = await loadTus();
    this.lastPercent = -1;
    this.waitingForNetwork = false;
    const upload = new tus.Upload(file, {
      endpoint: new URL('/files', window.location.href).href,
      headers: { 'X-SanXiang-Tenant': this.tenant },
      metadata: { ...metadata, filename: file.name, filetype: file.type || 'application/octet-stream' },
      fingerprint: (f) => this.fingerprint(f),
      chunkSize,
      retryDelays,
      removeFingerprintOnSuccess: true,
      onProgress: (sent, total) => this.progress(sent, total),
      onSuccess: () => this.succeed(file),
      onError: (error) => this.fail(error),
    });
    this.upload = upload;

    const previous = await upload.findPreviousUploads();
    const resumed = previous.length > 0;
    if (resumed) {
      upload.resumeFromPreviousUpload(previous[0]);
    }

    this.running = true;
    upload.start();
    return { fileName: file.name, size: file.size, resumed };
  }

  pause() {
    if (this.upload && this.running) {
      this.running = false;
      return this.upload.abort();
    }

    return Promise.resolve();
  }

  resume() {
    if (this.upload && !this.running) {
      this.running = true;
      this.waitingForNetwork = false;
      this.upload.start();
    }
  }

  progress(sent, total) {
    const percent = total === 0 ? 100 : Math.floor((sent * 100) / total);
    if (percent !== this.lastPercent) {
      this.lastPercent = percent;
      this.dotnet.invokeMethodAsync('OnProgress', sent, total);
    }
  }

  succeed(file) {
    this.running = false;
    const id = this.upload.url.split('/').pop();
    this.dotnet.invokeMethodAsync('OnCompleted', id, file.name, file.size);
  }

  fail(error) {
    this.running = false;
    this.waitingForNetwork = !error.originalResponse && navigator.onLine === false;
    this.dotnet.invokeMethodAsync('OnFailed', describe(error), this.waitingForNetwork);
  }

  dispose() {
    window.removeEventListener('online', this.onOnline);
    for (const input of this.inputs) {
      input.removeEventListener('change', this.onChange);
    }

    if (this.upload && this.running) {
      this.upload.abort();
    }

    this.upload = null;
  }
}

export function create(inputs, dotnet, tenant) {
  return new EvidenceUpload(inputs, dotnet, tenant);
}
