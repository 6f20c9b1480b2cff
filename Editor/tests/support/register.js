// Loaded with `node --import` before the tests: installs the Debian module resolver.
import { register } from "node:module";

register("./debian-resolve.js", import.meta.url);
