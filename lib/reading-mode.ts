/**
 * 长者模式 (easy reading): remembered in localStorage under one key and applied as
 * data-reading="easy" on <html>, which app/globals.css styles.
 */
export const READING_MODE_KEY = 'reading-mode';
export const EASY_READING = 'easy';

/**
 * Runs inline in <head>, before the first paint, so a remembered mode never flashes the standard
 * one first. Storage can be blocked (privacy settings): the page then simply opens in standard mode.
 */
export const readingModeScript = `try{if(localStorage.getItem(${JSON.stringify(READING_MODE_KEY)})===${JSON.stringify(EASY_READING)})document.documentElement.dataset.reading=${JSON.stringify(EASY_READING)}}catch(e){}`;
