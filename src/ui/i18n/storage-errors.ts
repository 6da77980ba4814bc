import { STORAGE_ERROR_MESSAGES, type StorageError, type StorageErrorCode } from '../../adapters/storage';
import type { Locale } from './define';

// Storage failures in every language, keyed by the adapter's stable codes. English is the store's
// own wording where it has a fixed one; some codes carry a specific English message (which list
// was not found, which backup check failed), so in English the store's message is shown as is
// and this text is only the fallback. The type is complete: a new code needs all three texts.
export const STORAGE_ERROR_TEXTS: Record<Locale, Record<StorageErrorCode, string>> = {
  en: {
    // The adapter's own wording where it has a fixed one; generic texts for the codes whose
    // adapter message is specific (and shown as is in English, see storageErrorText).
    ...STORAGE_ERROR_MESSAGES,
    'not-found': 'What you are changing no longer exists. It may have been deleted in another tab: reload the list.',
    'invalid-backup':
      'This file is not a Boxpilot backup, or it is damaged. Choose the .json file that Boxpilot exported. Nothing was imported.',
    unknown:
      'Saving failed unexpectedly. Nothing was changed; try again, and export a backup if it keeps happening.',
  },
  sv: {
    'quota-exceeded':
      'Enhetens lagringsutrymme är fullt, så ingenting sparades. Det du skrev in finns kvar på skärmen: frigör diskutrymme (eller töm Boxpilots papperskorg) och försök igen. Allt som sparats tidigare är oskadat.',
    'blocked-by-other-tab':
      'En annan Boxpilot-flik håller databasen öppen. Stäng eller ladda om de andra Boxpilot-flikarna och försök sedan igen.',
    'version-changed':
      'Boxpilot har uppdaterats i en annan flik. Ladda om sidan för att fortsätta; allt som redan sparats finns kvar.',
    'not-found':
      'Det du ändrar finns inte längre. Det kan ha tagits bort i en annan flik: ladda om listan.',
    unavailable:
      'Den här webbläsaren låter inte Boxpilot spara data (privat surfning, eller lagring avstängd). Ingenting kan sparas här: använd ett vanligt fönster, eller exportera filer efter hand.',
    'invalid-backup':
      'Filen är inte en säkerhetskopia från Boxpilot, eller så är den skadad. Välj den .json-fil som Boxpilot exporterade. Ingenting importerades.',
    unknown:
      'Sparandet misslyckades oväntat. Ingenting ändrades; försök igen, och exportera en säkerhetskopia om det händer igen.',
  },
  da: {
    'quota-exceeded':
      'Enhedens lagerplads er fuld, så intet blev gemt. Det, du har indtastet, er stadig på skærmen: frigør diskplads (eller tøm Boxpilots papirkurv), og prøv igen. Alt, der er gemt før, er intakt.',
    'blocked-by-other-tab':
      'En anden Boxpilot-fane holder databasen åben. Luk eller genindlæs de andre Boxpilot-faner, og prøv så igen.',
    'version-changed':
      'Boxpilot er blevet opdateret i en anden fane. Genindlæs siden for at fortsætte; alt, der allerede er gemt, bevares.',
    'not-found':
      'Det, du ændrer, findes ikke længere. Det kan være slettet i en anden fane: genindlæs listen.',
    unavailable:
      'Denne browser lader ikke Boxpilot gemme data (privat browsing, eller lagring slået fra). Intet kan gemmes her: brug et almindeligt vindue, eller eksportér filer undervejs.',
    'invalid-backup':
      'Filen er ikke en sikkerhedskopi fra Boxpilot, eller den er beskadiget. Vælg den .json-fil, som Boxpilot eksporterede. Intet blev importeret.',
    unknown:
      'Gemningen mislykkedes uventet. Intet blev ændret; prøv igen, og eksportér en sikkerhedskopi, hvis det sker igen.',
  },
};

const isStorageErrorCode = (code: string): code is StorageErrorCode =>
  Object.prototype.hasOwnProperty.call(STORAGE_ERROR_TEXTS.en, code);

/** A storage error in a language: English keeps the store's specific message when it has one. */
export function storageErrorText(locale: Locale, error: StorageError): string {
  if (locale === 'en' && error.message) return error.message;
  return isStorageErrorCode(error.code) ? STORAGE_ERROR_TEXTS[locale][error.code] : error.message;
}
