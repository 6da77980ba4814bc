import type { Translation } from '../../define';
import type en from './en';

export default {
  aborted: 'Det avbröts innan det var klart. Starta det igen när du är redo.',
  unavailable:
    'Webbläsaren kunde inte starta Boxpilots bakgrundsprocess, så filer kan inte läsas, kontrolleras eller skrivas här. Ladda om sidan; händer det igen, använd en aktuell version av Edge, Chrome, Firefox eller Safari.',
  'worker-crashed':
    'Boxpilots bakgrundsprocess stannade, ofta för att enheten fick ont om minne. Inget sparat gick förlorat: stäng andra flikar eller appar och försök igen.',
  failed:
    'Något oväntat gick fel i Boxpilots bakgrundsprocess. Ingenting ändrades: försök igen, och ladda om sidan om det händer igen.',
  'unknown-method':
    'Den här fliken kör en äldre version av Boxpilot än bakgrundsprocessen. Ladda om sidan för att använda den nya versionen; inget sparat gick förlorat.',
} satisfies Translation<typeof en>;
