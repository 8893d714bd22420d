// Posts the chosen file as the raw request body: the server streams it to disk, so its size does not
// pass through the Blazor circuit. Returns the status and the body text for the page to read.
export async function upload(input, url) {
    const file = input.files && input.files[0];
    if (!file) {
        return { status: 0, body: "" };
    }

    const response = await fetch(url, { method: "POST", body: file, headers: { "Content-Type": "application/zip" } });
    return { status: response.status, body: await response.text() };
}
