import type { Translation } from '../../define';
import type en from './en';

export default {
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
} satisfies Translation<typeof en>;
