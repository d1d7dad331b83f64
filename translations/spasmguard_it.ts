<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>must be true or false, got {value}</source>
        <translation>deve essere true o false, non {value}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}, got {value}</source>
        <translation>deve essere un numero intero da {low} a {high}, non {value}</translation>
    </message>
    <message>
        <source>must be text, got {value}</source>
        <translation>deve essere un testo, non {value}</translation>
    </message>
    <message>
        <source>must be at most {most} characters long, got {length} characters</source>
        <translation>deve avere al massimo {most} caratteri, non {length}</translation>
    </message>
    <message>
        <source>must be one of {allowed}, got {value}</source>
        <translation>deve essere uno tra {allowed}, non {value}</translation>
    </message>
    <message>
        <source>must be a time of day like &quot;09:00&quot; (00:00 to 23:59), got {value}</source>
        <translation>deve essere un orario come &quot;09:00&quot; (da 00:00 a 23:59), non {value}</translation>
    </message>
    <message>
        <source>must be a list of day names ({allowed}), got {value}</source>
        <translation>deve essere un elenco di nomi di giorni ({allowed}), non {value}</translation>
    </message>
    <message>
        <source>must name at least one day (to stop reminders, set enabled = false)</source>
        <translation>deve indicare almeno un giorno (per fermare i promemoria, imposta enabled = false)</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Inizio orario di lavoro</translation>
    </message>
    <message>
        <source>Reminders come only between the start and end of your working hours.</source>
        <translation>I promemoria arrivano solo tra l’inizio e la fine del tuo orario di lavoro.</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Fine orario di lavoro</translation>
    </message>
    <message>
        <source>End of your working hours; an end before the start means the hours run past midnight.</source>
        <translation>Fine del tuo orario di lavoro; una fine prima dell’inizio significa che l’orario va oltre la mezzanotte.</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Giorni lavorativi</translation>
    </message>
    <message>
        <source>The days of the week on which reminders come.</source>
        <translation>I giorni della settimana in cui arrivano i promemoria.</translation>
    </message>
    <message>
        <source>Snooze (minutes)</source>
        <translation>Durata del rinvio (minuti)</translation>
    </message>
    <message>
        <source>How long the Snooze button postpones a reminder.</source>
        <translation>Di quanto il pulsante Rimanda sposta un promemoria.</translation>
    </message>
    <message>
        <source>Reminder style</source>
        <translation>Stile dei promemoria</translation>
    </message>
    <message>
        <source>How reminders appear: &quot;desktop&quot; notifications, or spasmguard&apos;s own &quot;window&quot;.</source>
        <translation>Come appaiono i promemoria: notifiche del desktop (&quot;desktop&quot;) o la finestra di spasmguard (&quot;window&quot;).</translation>
    </message>
    <message>
        <source>Reminder window time (seconds)</source>
        <translation>Durata della finestra di promemoria (secondi)</translation>
    </message>
    <message>
        <source>How long spasmguard&apos;s own reminder window stays before the reminder counts as missed.</source>
        <translation>Per quanto resta aperta la finestra di promemoria di spasmguard prima che il promemoria conti come perso.</translation>
    </message>
    <message>
        <source>Away counts as a break after (minutes)</source>
        <translation>Assenza vale come pausa dopo (minuti)</translation>
    </message>
    <message>
        <source>After this long without keyboard or mouse input you count as away: posture and stretch timers restart when you are back, and reminders due meanwhile wait for your return.</source>
        <translation>Dopo questo tempo senza tastiera né mouse sei considerato assente: i timer di postura e stretching ripartono al tuo rientro, e i promemoria previsti nel frattempo aspettano il tuo ritorno.</translation>
    </message>
    <message>
        <source>Hold reminders during fullscreen</source>
        <translation>Sospendi i promemoria a schermo intero</translation>
    </message>
    <message>
        <source>While the active window is fullscreen (a video, a presentation, a game), reminders wait and then come once, together.</source>
        <translation>Finché la finestra attiva è a schermo intero (un video, una presentazione, un gioco), i promemoria aspettano e poi arrivano una volta sola, insieme.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Avvia all’accesso</translation>
    </message>
    <message>
        <source>Start spasmguard automatically when you log in to your desktop.</source>
        <translation>Avvia spasmguard automaticamente quando accedi al desktop.</translation>
    </message>
    <message>
        <source>Daily water goal (ml)</source>
        <translation>Obiettivo d’acqua giornaliero (ml)</translation>
    </message>
    <message>
        <source>How much water you aim to drink each day, unless a doctor has told you to limit fluids.</source>
        <translation>Quanta acqua vuoi bere ogni giorno, a meno che un medico non ti abbia detto di limitare i liquidi.</translation>
    </message>
    <message>
        <source>Glass size (ml)</source>
        <translation>Dimensione del bicchiere (ml)</translation>
    </message>
    <message>
        <source>How much one logged drink counts for.</source>
        <translation>Quanto vale una bevuta registrata.</translation>
    </message>
    <message>
        <source>Stop water reminders at the goal</source>
        <translation>Ferma i promemoria dell’acqua all’obiettivo</translation>
    </message>
    <message>
        <source>When today&apos;s water reaches the daily goal, hydration reminders stop until the next day.</source>
        <translation>Quando l’acqua di oggi raggiunge l’obiettivo giornaliero, i promemoria per bere si fermano fino al giorno dopo.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The language of menus, windows, reminder texts and guides; windows that are open change when they are opened again.</source>
        <translation>La lingua di menu, finestre, testi dei promemoria e guide; le finestre aperte cambiano quando le riapri.</translation>
    </message>
    <message>
        <source>Chime between stretches</source>
        <translation>Suono tra gli esercizi</translation>
    </message>
    <message>
        <source>Sound the system&apos;s alert sound when a guided stretch moves on to its next step.</source>
        <translation>Riproduci il suono di avviso del sistema quando uno stretching guidato passa al passo successivo.</translation>
    </message>
    <message>
        <source>Breathe in (seconds)</source>
        <translation>Inspirazione (secondi)</translation>
    </message>
    <message>
        <source>How long each breath in lasts in a guided breathing break.</source>
        <translation>Quanto dura ogni inspirazione in una pausa di respirazione guidata.</translation>
    </message>
    <message>
        <source>Breathe out (seconds)</source>
        <translation>Espirazione (secondi)</translation>
    </message>
    <message>
        <source>How long each breath out lasts in a guided breathing break.</source>
        <translation>Quanto dura ogni espirazione in una pausa di respirazione guidata.</translation>
    </message>
    <message>
        <source>Breathing break (minutes)</source>
        <translation>Pausa di respirazione (minuti)</translation>
    </message>
    <message>
        <source>How long a guided breathing break lasts; it ends after a full breath out.</source>
        <translation>Quanto dura una pausa di respirazione guidata; finisce dopo un’espirazione completa.</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Whether this reminder comes at all.</source>
        <translation>Se questo promemoria arriva o no.</translation>
    </message>
    <message>
        <source>Every (minutes)</source>
        <translation>Ogni (minuti)</translation>
    </message>
    <message>
        <source>Minutes between two reminders of this habit.</source>
        <translation>Minuti tra due promemoria di questa abitudine.</translation>
    </message>
    <message>
        <source>Your own reminder text</source>
        <translation>Il tuo testo di promemoria</translation>
    </message>
    <message>
        <source>When not blank, this text is shown instead of the rotating reminder texts.</source>
        <translation>Se non è vuoto, questo testo sostituisce i testi di promemoria a rotazione.</translation>
    </message>
    <message>
        <source>Own working hours start</source>
        <translation>Inizio orario proprio</translation>
    </message>
    <message>
        <source>Start of this habit&apos;s own hours; leave it out to use the general working hours.</source>
        <translation>Inizio dell’orario proprio di questa abitudine; lascialo vuoto per usare l’orario di lavoro generale.</translation>
    </message>
    <message>
        <source>Own working hours end</source>
        <translation>Fine orario proprio</translation>
    </message>
    <message>
        <source>End of this habit&apos;s own hours; leave it out to use the general working hours.</source>
        <translation>Fine dell’orario proprio di questa abitudine; lascialo vuoto per usare l’orario di lavoro generale.</translation>
    </message>
    <message>
        <source>Own working days</source>
        <translation>Giorni propri</translation>
    </message>
    <message>
        <source>The days this habit reminds you on; leave it out to use the general working days.</source>
        <translation>I giorni in cui questa abitudine ti viene ricordata; lascialo vuoto per usare i giorni lavorativi generali.</translation>
    </message>
    <message>
        <source>not UTF-8 text: byte {byte} is invalid</source>
        <translation>non è testo UTF-8: il byte {byte} non è valido</translation>
    </message>
    <message>
        <source>not valid TOML: {error}</source>
        <translation>non è TOML valido: {error}</translation>
    </message>
    <message>
        <source>not valid TOML: nested too deeply</source>
        <translation>non è TOML valido: annidamento troppo profondo</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>è una cartella, non un file</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permesso negato</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason})</source>
        <translation>impossibile leggere {file} ({reason})</translation>
    </message>
    <message>
        <source>{problem}; defaults are in use.</source>
        <translation>{problem}; si usano i valori predefiniti.</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>{problem} and could not be copied aside. {reason} Defaults are in use and the file will not be overwritten.</source>
        <translation>{problem} e non è stato possibile metterlo da parte. {reason} Si usano i valori predefiniti e il file non verrà sovrascritto.</translation>
    </message>
    <message>
        <source>{problem}; a copy was saved as {copy} and defaults are in use.</source>
        <translation>{problem}; una copia è stata salvata come {copy} e si usano i valori predefiniti.</translation>
    </message>
    <message>
        <source>{file} was written by a newer spasmguard (settings version {version}, this one knows {target}); the settings it understands are used and the file is left unchanged.</source>
        <translation>{file} è stato scritto da uno spasmguard più recente (versione impostazioni {version}, questo conosce la {target}); si usano le impostazioni che capisce e il file resta invariato.</translation>
    </message>
    <message>
        <source>{file} could not be upgraded from settings version {version} ({error}); defaults are in use and the file is left unchanged.</source>
        <translation>impossibile aggiornare {file} dalla versione impostazioni {version} ({error}); si usano i valori predefiniti e il file resta invariato.</translation>
    </message>
    <message>
        <source>must be a whole number of 1 or more, got {value}; 1 is assumed</source>
        <translation>deve essere un numero intero pari a 1 o più, non {value}; si usa 1</translation>
    </message>
    <message>
        <source>must be a table, got {value}</source>
        <translation>deve essere una tabella, non {value}</translation>
    </message>
    <message>
        <source>is not a habit (known habits: {habits})</source>
        <translation>non è un’abitudine (abitudini note: {habits})</translation>
    </message>
    <message>
        <source>is not a setting spasmguard knows (misspelt or misplaced?)</source>
        <translation>non è un’impostazione che spasmguard conosce (errore di battitura o posto sbagliato?)</translation>
    </message>
    <message>
        <source>{file} is from a newer spasmguard or could not be upgraded, so it is left unchanged.</source>
        <translation>{file} proviene da uno spasmguard più recente o non è stato possibile aggiornarlo, quindi resta invariato.</translation>
    </message>
    <message>
        <source>Could not save {file}: it could not be read ({reason}) and has not been copied aside, so it is left unchanged.</source>
        <translation>Impossibile salvare {file}: non è stato possibile leggerlo ({reason}) e non ne è stata messa da parte una copia, quindi resta invariato.</translation>
    </message>
    <message>
        <source>Could not save {file}: it could not be updated ({error}).</source>
        <translation>Impossibile salvare {file}: non è stato possibile aggiornarlo ({error}).</translation>
    </message>
    <message>
        <source>{file} is from a newer spasmguard, so it is left unchanged.</source>
        <translation>{file} proviene da uno spasmguard più recente, quindi resta invariato.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argomenti posizionali</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opzioni</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostra questo aiuto ed esce</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostra il numero di versione ed esce</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argomento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>scelta non valida: %(value)r (scegli tra %(choices)s)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>sono richiesti i seguenti argomenti: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argomenti non riconosciuti: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>atteso un argomento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>atteso al massimo un argomento</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argomento esplicito %r ignorato</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opzione ambigua: %(option)s potrebbe corrispondere a %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valore %(type)s non valido: %(value)r</translation>
    </message>
    <message>
        <source>{prog}: {problem} (see &apos;{prog} --help&apos;)</source>
        <translation>{prog}: {problem} (vedi &apos;{prog} --help&apos;)</translation>
    </message>
    <message>
        <source>{name} must be a whole number from {low} to {high}, got &apos;{text}&apos;</source>
        <translation>{name} deve essere un numero intero da {low} a {high}, non &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>pause length</source>
        <translation>la durata della pausa</translation>
    </message>
    <message>
        <source>A tray app that reminds you to check your posture, drink water, stretch and take stress breaks. Run without a command to start it.</source>
        <translation>Un’app nell’area di notifica che ti ricorda di controllare la postura, bere acqua, fare stretching e prenderti pause dallo stress. Eseguila senza comandi per avviarla.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMANDO</translation>
    </message>
    <message>
        <source>HABIT</source>
        <translation>ABITUDINE</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTI</translation>
    </message>
    <message>
        <source>show the next reminder of each habit</source>
        <translation>mostra il prossimo promemoria di ogni abitudine</translation>
    </message>
    <message>
        <source>print machine-readable JSON</source>
        <translation>stampa JSON leggibile dai programmi</translation>
    </message>
    <message>
        <source>show a habit&apos;s reminder now</source>
        <translation>mostra subito il promemoria di un’abitudine</translation>
    </message>
    <message>
        <source>put off a habit&apos;s reminder for some minutes</source>
        <translation>rimanda di qualche minuto il promemoria di un’abitudine</translation>
    </message>
    <message>
        <source>pause all reminders: {minutes}, &apos;tomorrow&apos; or &apos;off&apos;</source>
        <translation>metti in pausa tutti i promemoria: {minutes}, &apos;tomorrow&apos; o &apos;off&apos;</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>termina una pausa</translation>
    </message>
    <message>
        <source>mark a habit done now (its timer restarts)</source>
        <translation>segna un’abitudine come fatta (il suo timer riparte)</translation>
    </message>
    <message>
        <source>count water you drank (default: one glass)</source>
        <translation>conta l’acqua bevuta (predefinito: un bicchiere)</translation>
    </message>
    <message>
        <source>ML</source>
        <translation>ML</translation>
    </message>
    <message>
        <source>open a window of the running app</source>
        <translation>apri una finestra dell’app in esecuzione</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>chiudi l’app in esecuzione</translation>
    </message>
    <message>
        <source>&apos;path&apos; prints where settings live; &apos;check&apos; validates</source>
        <translation>&apos;path&apos; mostra dove sono le impostazioni; &apos;check&apos; le verifica</translation>
    </message>
    <message>
        <source>add spasmguard to your desktop&apos;s app menus</source>
        <translation>aggiungi spasmguard ai menu delle app del tuo desktop</translation>
    </message>
    <message>
        <source>export or delete the history (app not needed)</source>
        <translation>esporta o elimina la cronologia (l’app non serve)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>write every event to {file}</source>
        <translation>scrivi tutti gli eventi in {file}</translation>
    </message>
    <message>
        <source>the file to write (replaced if it exists), - for stdout</source>
        <translation>il file da scrivere (sostituito se esiste), - per lo standard output</translation>
    </message>
    <message>
        <source>delete every event (snoozes and pauses stay)</source>
        <translation>elimina tutti gli eventi (rinvii e pause restano)</translation>
    </message>
    <message>
        <source>confirm: this cannot be undone</source>
        <translation>conferma: non si può annullare</translation>
    </message>
    <message>
        <source>spasmguard: unexpected error: {error}</source>
        <translation>spasmguard: errore imprevisto: {error}</translation>
    </message>
    <message>
        <source>spasmguard is not running.</source>
        <translation>spasmguard non è in esecuzione.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>not created yet (defaults in use)</source>
        <translation>non ancora creato (si usano i valori predefiniti)</translation>
    </message>
    <message>
        <source>Problems in {file}: {count}; defaults are used for those keys.</source>
        <translation>Problemi in {file}: {count}; per quelle chiavi si usano i valori predefiniti.</translation>
    </message>
    <message>
        <source>this deletes every event for good; add --yes to confirm.</source>
        <translation>questo elimina definitivamente tutti gli eventi; aggiungi --yes per confermare.</translation>
    </message>
    <message>
        <source>Events deleted: {count}.</source>
        <translation>Eventi eliminati: {count}.</translation>
    </message>
    <message>
        <source>Events exported to {file}: {count}.</source>
        <translation>Eventi esportati in {file}: {count}.</translation>
    </message>
    <message>
        <source>installed {file}</source>
        <translation>installato {file}</translation>
    </message>
    <message>
        <source>{zone} (a fixed offset: no daylight-saving changes)</source>
        <translation>{zone} (uno scarto fisso: nessun cambio dell’ora legale)</translation>
    </message>
    <message>
        <source>Could not create the folder {folder}</source>
        <translation>Impossibile creare la cartella {folder}</translation>
    </message>
    <message>
        <source>Could not save {file}</source>
        <translation>Impossibile salvare {file}</translation>
    </message>
    <message>
        <source>The previous file is unchanged.</source>
        <translation>Il file precedente è invariato.</translation>
    </message>
    <message>
        <source>Could not write {file}</source>
        <translation>Impossibile scrivere {file}</translation>
    </message>
    <message>
        <source>{what}: {reason}.</source>
        <translation>{what}: {reason}.</translation>
    </message>
    <message>
        <source>{sentence} {more}</source>
        <translation>{sentence} {more}</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>è stato aperto in sola lettura</translation>
    </message>
    <message>
        <source>{file} is not a complete spasmguard history yet</source>
        <translation>{file} non è ancora una cronologia completa di spasmguard</translation>
    </message>
    <message>
        <source>{file} was written by an older spasmguard; start the app once to update it</source>
        <translation>{file} è stato scritto da uno spasmguard più vecchio; avvia l’app una volta per aggiornarlo</translation>
    </message>
    <message>
        <source>it was written by a newer spasmguard</source>
        <translation>è stato scritto da uno spasmguard più recente</translation>
    </message>
    <message>
        <source>{file} is not a spasmguard history database</source>
        <translation>{file} non è un database di cronologia di spasmguard</translation>
    </message>
    <message>
        <source>{file} is open read-only: {reason}</source>
        <translation>{file} è aperto in sola lettura: {reason}</translation>
    </message>
    <message>
        <source>could not open {file}: {reason}</source>
        <translation>impossibile aprire {file}: {reason}</translation>
    </message>
    <message>
        <source>could not write to {file}: {reason}</source>
        <translation>impossibile scrivere in {file}: {reason}</translation>
    </message>
    <message>
        <source>spasmguard is running.</source>
        <translation>spasmguard è in esecuzione.</translation>
    </message>
    <message>
        <source>spasmguard is not running; times show when reminders would come if it started now.</source>
        <translation>spasmguard non è in esecuzione; gli orari indicano quando arriverebbero i promemoria se partisse adesso.</translation>
    </message>
    <message>
        <source>All reminders are paused until you resume them.</source>
        <translation>Tutti i promemoria sono in pausa finché non li riprendi.</translation>
    </message>
    <message>
        <source>All reminders are paused until {time}.</source>
        <translation>Tutti i promemoria sono in pausa fino a {time}.</translation>
    </message>
    <message>
        <source>Times are in {zone}.</source>
        <translation>Orari nel fuso {zone}.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <source>every {minutes} min, not scheduled</source>
        <translation>ogni {minutes} min, non programmato</translation>
    </message>
    <message>
        <source>every {minutes} min, next {time} (snoozed until {until})</source>
        <translation>ogni {minutes} min, prossimo: {time} (rimandato a {until})</translation>
    </message>
    <message>
        <source>every {minutes} min, next {time}</source>
        <translation>ogni {minutes} min, prossimo: {time}</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>gio</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sab</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>Cannot reach the running spasmguard: {reason}.</source>
        <translation>Impossibile raggiungere lo spasmguard in esecuzione: {reason}.</translation>
    </message>
    <message>
        <source>spasmguard did not answer in time.</source>
        <translation>spasmguard non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>spasmguard closed the connection without answering.</source>
        <translation>spasmguard ha chiuso la connessione senza rispondere.</translation>
    </message>
    <message>
        <source>spasmguard sent a reply that cannot be read.</source>
        <translation>spasmguard ha inviato una risposta illeggibile.</translation>
    </message>
    <message>
        <source>The command failed.</source>
        <translation>Il comando non è riuscito.</translation>
    </message>
    <message>
        <source>{problem} The new settings are in effect until spasmguard quits.</source>
        <translation>{problem} Le nuove impostazioni valgono fino alla chiusura di spasmguard.</translation>
    </message>
    <message>
        <source>Start at login could not be switched on. {reason}</source>
        <translation>Impossibile attivare l’avvio all’accesso. {reason}</translation>
    </message>
    <message>
        <source>Start at login could not be switched off. {reason}</source>
        <translation>Impossibile disattivare l’avvio all’accesso. {reason}</translation>
    </message>
    <message>
        <source>Could not remove {file}: {reason}.</source>
        <translation>Impossibile rimuovere {file}: {reason}.</translation>
    </message>
    <message>
        <source>logging to stderr, {error}</source>
        <translation>il registro va su stderr: {error}</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are not set); start it from your desktop session. The commands (spasmguard status, ...) work without one.</source>
        <translation>nessuno schermo trovato (DISPLAY e WAYLAND_DISPLAY non sono impostate); avvialo dalla tua sessione desktop. I comandi (spasmguard status, ...) funzionano anche senza.</translation>
    </message>
    <message>
        <source>cannot listen for commands at {path}: {error}</source>
        <translation>impossibile ricevere comandi su {path}: {error}</translation>
    </message>
    <message>
        <source>another copy holds the lock but does not answer.</source>
        <translation>un’altra istanza detiene il blocco ma non risponde.</translation>
    </message>
    <message>
        <source>{error}; history is not saved this session.</source>
        <translation>{error}; la cronologia non verrà salvata in questa sessione.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>, </source>
        <comment>between the numbers of one day: done 2, snoozed 1</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{day}: {numbers}</source>
        <translation>{day}: {numbers}</translation>
    </message>
</context>
<context>
    <name>BreathCircle</name>
    <message>
        <source>A circle that grows as you breathe in and shrinks as you breathe out.</source>
        <translation>Un cerchio che si allarga quando inspiri e si restringe quando espiri.</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing break</source>
        <translation>Pausa di respirazione</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Ferma</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Ferma (Esc)</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Ben fatto</translation>
    </message>
    <message>
        <source>Your breathing break is recorded as done.</source>
        <translation>La tua pausa di respirazione è registrata come fatta.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Paused, {time} left</source>
        <translation>In pausa, mancano {time}</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Ripren&amp;di</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>Mancano {time}</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>{action} (Space)</source>
        <translation>{action} (Spazio)</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspira</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espira</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>This desktop does not tell apps how long you have been idle.</source>
        <translation>Questo desktop non comunica alle app da quanto tempo sei inattivo.</translation>
    </message>
    <message>
        <source>This desktop does not tell apps when a window is fullscreen.</source>
        <translation>Questo desktop non comunica alle app quando una finestra è a schermo intero.</translation>
    </message>
    <message>
        <source>GNOME on Wayland does not tell apps when a window is fullscreen.</source>
        <translation>GNOME su Wayland non comunica alle app quando una finestra è a schermo intero.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Unknown habit {habit!r}.</source>
        <translation>Abitudine sconosciuta {habit!r}.</translation>
    </message>
    <message>
        <source>Showing the {title} reminder.</source>
        <translation>Mostro il promemoria {title}.</translation>
    </message>
    <message>
        <source>Snooze length must be a whole number of minutes, 1 to {most}.</source>
        <translation>La durata del rinvio deve essere un numero intero di minuti, da 1 a {most}.</translation>
    </message>
    <message>
        <source>{title} snoozed until {time}.</source>
        <translation>{title} rimandato alle {time}.</translation>
    </message>
    <message>
        <source>Pause length must be 1 to {most} minutes, &apos;tomorrow&apos; or &apos;off&apos;.</source>
        <translation>La durata della pausa deve essere da 1 a {most} minuti, &apos;tomorrow&apos; o &apos;off&apos;.</translation>
    </message>
    <message>
        <source>Reminders paused until you resume them.</source>
        <translation>Promemoria in pausa finché non li riprendi.</translation>
    </message>
    <message>
        <source>Reminders paused until {time}.</source>
        <translation>Promemoria in pausa fino alle {time}.</translation>
    </message>
    <message>
        <source>Reminders resumed.</source>
        <translation>Promemoria ripresi.</translation>
    </message>
    <message>
        <source>{title}: done.</source>
        <translation>{title}: fatto.</translation>
    </message>
    <message>
        <source>The amount must be a whole number of millilitres, 1 to {most}.</source>
        <translation>La quantità deve essere un numero intero di millilitri, da 1 a {most}.</translation>
    </message>
    <message>
        <source>Water today: {total} of {goal} ml.</source>
        <translation>Acqua oggi: {total} di {goal} ml.</translation>
    </message>
    <message>
        <source>Unknown window {name!r}.</source>
        <translation>Finestra sconosciuta {name!r}.</translation>
    </message>
    <message>
        <source>spasmguard is quitting.</source>
        <translation>spasmguard si sta chiudendo.</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>Some settings could not be used, so their defaults are in effect:</source>
        <translation>Alcune impostazioni non si potevano usare, quindi valgono i loro valori predefiniti:</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History</source>
        <translation>Storico</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fatto</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>rimandato</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltato</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perso</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Ultimo giorno (%n)</numerusform>
            <numerusform>Ultimi %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Periodo mostrato</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>&amp;Delete history…</source>
        <translation>&amp;Cancella lo storico…</translation>
    </message>
    <message>
        <source>Charts by habit</source>
        <translation>Grafici per abitudine</translation>
    </message>
    <message>
        <source>answers per day</source>
        <translation>risposte al giorno</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Acqua</translation>
    </message>
    <message>
        <source>water per day</source>
        <translation>acqua al giorno</translation>
    </message>
    <message>
        <source>water (dashed line: daily goal)</source>
        <translation>acqua (linea tratteggiata: obiettivo giornaliero)</translation>
    </message>
    <message>
        <source>{title}: {what}</source>
        <translation>{title}: {what}</translation>
    </message>
    <message>
        <source>{title}: the numbers of each day</source>
        <translation>{title}: i numeri di ogni giorno</translation>
    </message>
    <message>
        <source>{summary} In this period: {totals}.</source>
        <translation>{summary} In questo periodo: {totals}.</translation>
    </message>
    <message>
        <source>Nothing recorded in this period</source>
        <translation>Niente registrato in questo periodo</translation>
    </message>
    <message>
        <source>Days in a row: {current} now, {best} at best</source>
        <translation>Giorni di fila: {current} ora, {best} al massimo</translation>
    </message>
    <message>
        <source>no answered reminders in this period</source>
        <translation>nessun promemoria con risposta in questo periodo</translation>
    </message>
    <message>
        <source>done {percent} % of the times it was due</source>
        <translation>fatto il {percent}% delle volte in cui era previsto</translation>
    </message>
    <message numerus="yes">
        <source>Daily goal {goal} ml, reached on {met} of %n days.</source>
        <translation>
            <numerusform>Obiettivo giornaliero {goal} ml, raggiunto {met} giorni su %n.</numerusform>
            <numerusform>Obiettivo giornaliero {goal} ml, raggiunto {met} giorni su %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>water</source>
        <translation>acqua</translation>
    </message>
    <message>
        <source>No water recorded in this period</source>
        <translation>Nessuna acqua registrata in questo periodo</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Esporta lo storico</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <source>Export written to {path} (events: {count}).</source>
        <translation>Esportazione scritta in {path} (eventi: {count}).</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>Cancellazione non riuscita</translation>
    </message>
    <message>
        <source>History deleted (events removed: {count}).</source>
        <translation>Storico cancellato (eventi rimossi: {count}).</translation>
    </message>
    <message>
        <source>Delete history?</source>
        <translation>Cancellare lo storico?</translation>
    </message>
    <message>
        <source>Delete every recorded reminder, answer and glass of water? Streaks start again from zero. This cannot be undone; export the history first to keep a copy.</source>
        <translation>Cancellare tutti i promemoria, le risposte e i bicchieri d’acqua registrati? Le serie ripartono da zero. L’operazione non si può annullare: esporta prima lo storico per tenerne una copia.</translation>
    </message>
    <message>
        <source>Delete history</source>
        <translation>Cancella lo storico</translation>
    </message>
</context>
<context>
    <name>LiftingPanel</name>
    <message>
        <source>Safe lifting</source>
        <translation>Sollevare in sicurezza</translation>
    </message>
    <message>
        <source>Lift safely, step by step</source>
        <translation>Sollevare in sicurezza, passo per passo</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Da fare</translation>
    </message>
    <message>
        <source>Don&apos;t</source>
        <translation>Da evitare</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Quando rivolgersi a un professionista</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>spasmguard</source>
        <translation>spasmguard</translation>
    </message>
    <message>
        <source>&amp;Reminders and settings</source>
        <translation>&amp;Promemoria e impostazioni</translation>
    </message>
    <message>
        <source>Closing this window keeps your reminders running. To open it again, start spasmguard again from your application menu.</source>
        <translation>Chiudendo questa finestra i promemoria continuano. Per riaprirla, avvia di nuovo spasmguard dal menu delle applicazioni.</translation>
    </message>
    <message>
        <source>Your desktop shows no tray icons, so spasmguard has no icon in the top bar. This window stands in for it. It opens by itself this once only.</source>
        <translation>Il tuo desktop non mostra icone nell’area di notifica, quindi spasmguard non ha un’icona nella barra in alto. Questa finestra la sostituisce. Si apre da sola solo questa volta.</translation>
    </message>
    <message>
        <source>&amp;Add spasmguard to the application menu</source>
        <translation>&amp;Aggiungi spasmguard al menu delle applicazioni</translation>
    </message>
    <message>
        <source>Added: spasmguard is now in your application menu.</source>
        <translation>Aggiunto: spasmguard ora è nel menu delle applicazioni.</translation>
    </message>
</context>
<context>
    <name>NotificationSender</name>
    <message>
        <source>Done</source>
        <extracomment>The longest close() holds the GUI thread at quit; a server slower than that is not waited for.</extracomment>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Rimanda</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizia</translation>
    </message>
    <message>
        <source>+ a glass</source>
        <translation>+ un bicchiere</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>Tutte le risposte</translation>
    </message>
    <message>
        <source>No D-Bus session bus is available.</source>
        <translation>Nessun bus di sessione D-Bus disponibile.</translation>
    </message>
    <message>
        <source>No notification server is running.</source>
        <translation>Nessun server di notifiche è in esecuzione.</translation>
    </message>
    <message>
        <source>The notification server cannot show buttons.</source>
        <translation>Il server di notifiche non può mostrare pulsanti.</translation>
    </message>
    <message>
        <source>The notification server did not answer in time.</source>
        <translation>Il server di notifiche non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>The notification server refused it.</source>
        <translation>Il server di notifiche l’ha rifiutata.</translation>
    </message>
</context>
<context>
    <name>PostureCheck</name>
    <message>
        <source>Posture check</source>
        <translation>Controllo della postura</translation>
    </message>
    <message>
        <source>How are you sitting?</source>
        <translation>Come sei seduto?</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fatto</translation>
    </message>
    <message>
        <source>Save these answers; counts as a posture check done</source>
        <translation>Salva queste risposte; vale come controllo della postura fatto</translation>
    </message>
    <message>
        <source>Your answers are kept, so this window can show what you miss most.</source>
        <translation>Le tue risposte vengono conservate, così questa finestra può mostrare cosa ti sfugge più spesso.</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days: every item was right at every check.</source>
        <translation>
            <numerusform>Ultimo giorno (%n): tutto era a posto a ogni controllo.</numerusform>
            <numerusform>Ultimi %n giorni: tutto era a posto a ogni controllo.</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} ({missed} of {total} checks)</source>
        <translation>{title} ({missed} controlli su {total})</translation>
    </message>
    <message numerus="yes">
        <source>Most often missed in the last %n days: {items}.</source>
        <translation>
            <numerusform>Più spesso mancato nell’ultimo giorno (%n): {items}.</numerusform>
            <numerusform>Più spesso mancato negli ultimi %n giorni: {items}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfessionalPanel</name>
    <message>
        <source>When to see a professional</source>
        <translation>Quando rivolgersi a un professionista</translation>
    </message>
</context>
<context>
    <name>ReminderSession</name>
    <message>
        <source>Welcome back - you were away {duration}.</source>
        <extracomment>The plan, the state or &quot;do not disturb&quot; changed: the views refresh. Show the app&apos;s own reminder window for this habit, with this text. The habit&apos;s reminder was settled elsewhere: withdraw its reminder window, if one is open. Open (or raise) the window of this name, one of OPEN_WINDOWS, with the launcher&apos;s activation tokens (a mapping, empty unless a command forwarded them).</extracomment>
        <translation>Bentornato: sei stato via {duration}.</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n g</numerusform>
            <numerusform>%n g</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Reminder: {title}</source>
        <translation>Promemoria: {title}</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Inizia</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizia</translation>
    </message>
    <message>
        <source>Start the guided break</source>
        <translation>Inizia la pausa guidata</translation>
    </message>
    <message>
        <source>+ a &amp;glass</source>
        <translation>+ un &amp;bicchiere</translation>
    </message>
    <message>
        <source>Add a glass</source>
        <translation>Aggiungi un bicchiere</translation>
    </message>
    <message>
        <source>I drank a glass of water: count it, and this reminder as done</source>
        <translation>Ho bevuto un bicchiere d’acqua: contalo, e segna questo promemoria come fatto</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fatto</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>I did it</source>
        <translation>L’ho fatto</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Rimanda</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Rimanda</translation>
    </message>
    <message>
        <source>Remind me again later</source>
        <translation>Ricordamelo più tardi</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Salta</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <source>Not this time</source>
        <translation>Non questa volta</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo rimasto</translation>
    </message>
</context>
<context>
    <name>SafetyBlocks</name>
    <message>
        <source>Caution</source>
        <translation>Attenzione</translation>
    </message>
</context>
<context>
    <name>SafetyLinks</name>
    <message>
        <source>Warning si&amp;gns…</source>
        <translation>Segnali d’a&amp;llarme…</translation>
    </message>
    <message>
        <source>&amp;If your back is in spasm now…</source>
        <translation>&amp;Se hai uno spasmo alla schiena adesso…</translation>
    </message>
    <message>
        <source>When to see a professional, and when to get help now</source>
        <translation>Quando rivolgersi a un professionista, e quando chiedere aiuto subito</translation>
    </message>
    <message>
        <source>What to do while your back is in spasm</source>
        <translation>Cosa fare mentre hai uno spasmo alla schiena</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Leave empty for rotating tips</source>
        <translation>Lascia vuoto per consigli a rotazione</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predefinita di sistema</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>Notifica del desktop</translation>
    </message>
    <message>
        <source>spasmguard&apos;s own window</source>
        <translation>Finestra di spasmguard</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Orario di lavoro</translation>
    </message>
    <message>
        <source>spasmguard settings</source>
        <translation>Impostazioni di spasmguard</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sezioni delle impostazioni</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generali</translation>
    </message>
    <message>
        <source>Use the general setting</source>
        <translation>Usa l’impostazione generale</translation>
    </message>
    <message>
        <source>While checked, the General tab&apos;s value is used.</source>
        <translation>Finché è selezionata, vale il valore della scheda Generali.</translation>
    </message>
    <message>
        <source>Start at login not changed</source>
        <translation>Avvio all’accesso non modificato</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Impostazioni non salvate</translation>
    </message>
    <message>
        <source>{tab}, {title}: {problem}</source>
        <translation>{tab}, {title}: {problem}</translation>
    </message>
</context>
<context>
    <name>StretchSession</name>
    <message>
        <source>Stretch break</source>
        <translation>Pausa stretching</translation>
    </message>
    <message>
        <source>{minutes} min: {title}</source>
        <translation>{minutes} min: {title}</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>&amp;Routine:</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Tempo rimasto in questo passo</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>Avanzamento della routine</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sinistra</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Avvia</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spazio</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Sal&amp;ta</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Destra</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Ferma</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>Routine complete</source>
        <translation>Routine completata</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Ben fatto!</translation>
    </message>
    <message>
        <source>Your stretch break is recorded as done.</source>
        <translation>La tua pausa stretching è registrata come fatta.</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Passo {number} di {count}</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Ripren&amp;di</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>SvgView</name>
    <message>
        <source>Drawing: {title}</source>
        <translation>Disegno: {title}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>spasmguard: paused until {time}</source>
        <translation>spasmguard: in pausa fino alle {time}</translation>
    </message>
    <message>
        <source>spasmguard: paused</source>
        <translation>spasmguard: in pausa</translation>
    </message>
    <message>
        <source>spasmguard: next, {title} at {time}</source>
        <translation>spasmguard: prossimo, {title} alle {time}</translation>
    </message>
    <message>
        <source>spasmguard: no reminders scheduled</source>
        <translation>spasmguard: nessun promemoria in programma</translation>
    </message>
    <message>
        <source>Water today: {drunk} of {goal} ml</source>
        <translation>Acqua oggi: {drunk} di {goal} ml</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>30 minutes</source>
        <translation>30 minuti</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 ora</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 ore</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Fino a domani</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>Finché non riprendo</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Per 1 ora</translation>
    </message>
    <message>
        <source>Until I turn it off</source>
        <translation>Finché non lo disattivo</translation>
    </message>
    <message>
        <source>I drank a glass of water  ({drunk} / {goal} ml)</source>
        <translation>Ho bevuto un bicchiere d’acqua  ({drunk} / {goal} ml)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>All reminders are switched off</source>
        <translation>Tutti i promemoria sono disattivati</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>in pausa</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>non in programma</translation>
    </message>
    <message>
        <source>snoozed until {time}</source>
        <translation>rimandato: {time}</translation>
    </message>
    <message>
        <source>next {time}</source>
        <translation>previsto {time}</translation>
    </message>
    <message>
        <source>Show this reminder now</source>
        <translation>Mostra ora questo promemoria</translation>
    </message>
    <message>
        <source>S&amp;tretch break…</source>
        <translation>Pausa s&amp;tretching…</translation>
    </message>
    <message>
        <source>&amp;Breathing break…</source>
        <translation>Pausa &amp;respirazione…</translation>
    </message>
    <message>
        <source>Posture chec&amp;k…</source>
        <translation>&amp;Controllo della postura…</translation>
    </message>
    <message>
        <source>&amp;Lifting technique…</source>
        <translation>Tecnica di so&amp;llevamento…</translation>
    </message>
    <message>
        <source>&amp;If your back is in spasm now…</source>
        <translation>&amp;Se hai uno spasmo alla schiena adesso…</translation>
    </message>
    <message>
        <source>&amp;When to see a professional…</source>
        <translation>&amp;Quando rivolgersi a un professionista…</translation>
    </message>
    <message>
        <source>W&amp;elcome tour…</source>
        <translation>Tour di &amp;benvenuto…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>St&amp;orico…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>Turn off &amp;do not disturb (on until {time})</source>
        <translation>Disattiva &amp;Non disturbare (attivo fino alle {time})</translation>
    </message>
    <message>
        <source>Turn off &amp;do not disturb</source>
        <translation>Disattiva &amp;Non disturbare</translation>
    </message>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>&amp;Non disturbare</translation>
    </message>
    <message>
        <source>&amp;Resume reminders (paused until {time})</source>
        <translation>Ri&amp;prendi i promemoria (in pausa fino alle {time})</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>Ri&amp;prendi i promemoria</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>Metti in p&amp;ausa i promemoria</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome to spasmguard</source>
        <translation>Benvenuto in spasmguard</translation>
    </message>
    <message>
        <source>spasmguard reminds you, during your working hours, of four everyday habits that can help prevent back spasms:</source>
        <translation>Durante il tuo orario di lavoro, spasmguard ti ricorda quattro abitudini quotidiane che possono aiutare a prevenire gli spasmi alla schiena:</translation>
    </message>
    <message>
        <source>Away from the desk, walking, swimming and cycling are gentle ways to stay fit that can help your back too.</source>
        <translation>Lontano dalla scrivania, camminare, nuotare e andare in bicicletta sono modi delicati per restare in forma che possono aiutare anche la schiena.</translation>
    </message>
    <message>
        <source>When reminders come</source>
        <translation>Quando arrivano i promemoria</translation>
    </message>
    <message>
        <source>Working days, your own reminder texts and the rest are in Settings, in the tray menu. This welcome is there too, as Welcome tour.</source>
        <translation>Giorni lavorativi, testi di promemoria personali e il resto si trovano in Impostazioni, nel menu dell’area di notifica. Anche questa presentazione è lì, come Tour di benvenuto.</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Inizio orario di lavoro</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Fine orario di lavoro</translation>
    </message>
    <message>
        <source>to</source>
        <translation>fino alle</translation>
    </message>
    <message>
        <source>&amp;Working hours</source>
        <translation>&amp;Orario di lavoro</translation>
    </message>
    <message>
        <source>{title}: every</source>
        <translation>{title}: ogni</translation>
    </message>
    <message>
        <source>{title}, every</source>
        <translation>{title}, ogni</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>Salva e &amp;inizia</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Sal&amp;ta</translation>
    </message>
    <message>
        <source>Keep the settings as they are</source>
        <translation>Lascia le impostazioni come sono</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Impostazioni non salvate</translation>
    </message>
</context>
<context>
    <name>_Drawing</name>
    <message>
        <source>Drawing: {title}</source>
        <translation>Disegno: {title}</translation>
    </message>
</context>
<context>
    <name>_UnitSpinBox</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ml</source>
        <translation>
            <numerusform>%n ml</numerusform>
            <numerusform>%n ml</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spasmguard.instance</name>
    <message>
        <source>The request is too large.</source>
        <extracomment>Where launchers put the token that lets the launched app bring a window to the front: Wayland&apos;s xdg-activation token and the X11 startup-notification id. A timeout of 0 would make a socket non-blocking: the least wait used instead.</extracomment>
        <translation>La richiesta è troppo grande.</translation>
    </message>
    <message>
        <source>Unknown command: %s.</source>
        <translation>Comando sconosciuto: %s.</translation>
    </message>
    <message>
        <source>The command failed inside spasmguard; see its log for details.</source>
        <translation>Il comando non è riuscito dentro spasmguard; vedi il suo log per i dettagli.</translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation>La richiesta non è un JSON valido.</translation>
    </message>
    <message>
        <source>The request must be a JSON object.</source>
        <translation>La richiesta deve essere un oggetto JSON.</translation>
    </message>
    <message>
        <source>The request needs a text &quot;cmd&quot; and an object &quot;args&quot;.</source>
        <translation>La richiesta deve contenere un testo &quot;cmd&quot; e un oggetto &quot;args&quot;.</translation>
    </message>
</context>
</TS>
