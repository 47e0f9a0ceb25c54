/** The employer kit: files, video links and newsletter texts from the territory, and a referral flyer. */
export { flyer } from "./flyer";
export * as Kit from "./kit";
