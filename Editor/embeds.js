// Which network a `[[embed:URL]]` address is a post of, judged like BodyEmbed.swift: https
// only, no user name, and a host and path shape each network uses for one post. The editor
// uses it to label an embed and to warn about an address the server will refuse; the server
// stays the judge.

const names = {
  youtube: "يوتيوب",
  x: "إكس",
  facebook: "فيسبوك",
  instagram: "إنستغرام",
  tiktok: "تيك توك",
};

const videoID = /^[A-Za-z0-9_-]{1,64}$/;
const digits = /^[0-9]{1,64}$/;
const facebookPart = /^[A-Za-z0-9._-]{1,64}$/;

/** `{network, name}` for a post address the server would embed, or null. */
export function embedNetwork(address) {
  let url;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" || url.username || url.password) return null;
  const rawHost = url.hostname.toLowerCase();
  const host = rawHost.startsWith("www.") ? rawHost.slice(4) : rawHost;
  const path = url.pathname.split("/").filter((part) => part !== "");
  const network = networkOf(host, path, url.searchParams);
  return network ? { network, name: names[network] } : null;
}

function networkOf(host, path, query) {
  switch (host) {
    case "youtube.com":
    case "m.youtube.com":
    case "youtu.be": {
      let video = null;
      if (host === "youtu.be") video = path[0];
      else if (path[0] === "watch") video = query.get("v");
      else if (["shorts", "embed", "live"].includes(path[0])) video = path[1];
      return video && videoID.test(video) ? "youtube" : null;
    }
    case "x.com":
    case "twitter.com":
    case "mobile.twitter.com":
      return path.length >= 3 && path[1] === "status" && digits.test(path[2]) ? "x" : null;
    case "instagram.com":
      return path.length >= 2 && ["p", "reel", "tv"].includes(path[0]) && videoID.test(path[1]) ? "instagram" : null;
    case "tiktok.com":
      return path.length >= 3 && path[0].startsWith("@") && path[1] === "video" && digits.test(path[2])
        ? "tiktok"
        : null;
    case "facebook.com":
    case "m.facebook.com":
    case "fb.watch": {
      const isPost =
        path.includes("posts") || path.includes("videos") || path[0] === "watch" || host === "fb.watch";
      return isPost && path.every((part) => facebookPart.test(part)) ? "facebook" : null;
    }
    default:
      return null;
  }
}
