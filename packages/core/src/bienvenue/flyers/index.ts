/** Printable A5 flyers for the Conciergerie's channels, in the territory's colours and a chosen language. */
export { download } from "./flyer";
export { type FlyerWords, fill, printFlyer } from "./print";
