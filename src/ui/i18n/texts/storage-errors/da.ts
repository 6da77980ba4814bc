import type { Translation } from '../../define';
import type en from './en';

export default {
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
} satisfies Translation<typeof en>;
