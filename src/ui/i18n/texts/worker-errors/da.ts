import type { Translation } from '../../define';
import type en from './en';

export default {
  aborted: 'Det blev annulleret, før det var færdigt. Start det igen, når du er klar.',
  unavailable:
    'Browseren kunne ikke starte Boxpilots baggrundsproces, så filer kan ikke læses, kontrolleres eller skrives her. Genindlæs siden; sker det igen, så brug en aktuel version af Edge, Chrome, Firefox eller Safari.',
  'worker-crashed':
    'Boxpilots baggrundsproces stoppede, ofte fordi enheden løb tør for hukommelse. Intet gemt gik tabt: luk andre faner eller apps, og prøv igen.',
  failed:
    'Noget uventet gik galt i Boxpilots baggrundsproces. Intet blev ændret: prøv igen, og genindlæs siden, hvis det sker igen.',
  'unknown-method':
    'Denne fane kører en ældre version af Boxpilot end baggrundsprocessen. Genindlæs siden for at bruge den nye version; intet gemt gik tabt.',
} satisfies Translation<typeof en>;
