<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>must be true or false, got {value}</source>
        <translation>muss true oder false sein, steht aber auf {value}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}, got {value}</source>
        <translation>muss eine ganze Zahl von {low} bis {high} sein, steht aber auf {value}</translation>
    </message>
    <message>
        <source>must be text, got {value}</source>
        <translation>muss Text sein, steht aber auf {value}</translation>
    </message>
    <message>
        <source>must be at most {most} characters long, got {length} characters</source>
        <translation>darf höchstens {most} Zeichen lang sein, hat aber {length} Zeichen</translation>
    </message>
    <message>
        <source>must be one of {allowed}, got {value}</source>
        <translation>muss eines von {allowed} sein, steht aber auf {value}</translation>
    </message>
    <message>
        <source>must be a time of day like &quot;09:00&quot; (00:00 to 23:59), got {value}</source>
        <translation>muss eine Uhrzeit wie &quot;09:00&quot; sein (00:00 bis 23:59), steht aber auf {value}</translation>
    </message>
    <message>
        <source>must be a list of day names ({allowed}), got {value}</source>
        <translation>muss eine Liste von Tagesnamen sein ({allowed}), steht aber auf {value}</translation>
    </message>
    <message>
        <source>must name at least one day (to stop reminders, set enabled = false)</source>
        <translation>muss mindestens einen Tag nennen (um Erinnerungen abzuschalten: enabled = false)</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Arbeitsbeginn</translation>
    </message>
    <message>
        <source>Reminders come only between the start and end of your working hours.</source>
        <translation>Erinnerungen kommen nur zwischen Beginn und Ende deiner Arbeitszeit.</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Arbeitsende</translation>
    </message>
    <message>
        <source>End of your working hours; an end before the start means the hours run past midnight.</source>
        <translation>Ende deiner Arbeitszeit; liegt das Ende vor dem Beginn, reicht die Arbeitszeit über Mitternacht hinaus.</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <source>The days of the week on which reminders come.</source>
        <translation>Die Wochentage, an denen Erinnerungen kommen.</translation>
    </message>
    <message>
        <source>Snooze (minutes)</source>
        <translation>Später erinnern (Minuten)</translation>
    </message>
    <message>
        <source>How long the Snooze button postpones a reminder.</source>
        <translation>Wie lange der Knopf „Später“ eine Erinnerung aufschiebt.</translation>
    </message>
    <message>
        <source>Reminder style</source>
        <translation>Art der Erinnerung</translation>
    </message>
    <message>
        <source>How reminders appear: &quot;desktop&quot; notifications, or spasmguard&apos;s own &quot;window&quot;.</source>
        <translation>Wie Erinnerungen erscheinen: als Desktop-Benachrichtigung („desktop“) oder in einem eigenen Fenster von spasmguard („window“).</translation>
    </message>
    <message>
        <source>Reminder window time (seconds)</source>
        <translation>Erinnerungsfenster offen (Sekunden)</translation>
    </message>
    <message>
        <source>How long spasmguard&apos;s own reminder window stays before the reminder counts as missed.</source>
        <translation>Wie lange das eigene Erinnerungsfenster von spasmguard offen bleibt, bevor die Erinnerung als verpasst zählt.</translation>
    </message>
    <message>
        <source>Away counts as a break after (minutes)</source>
        <translation>Abwesenheit zählt als Pause nach (Minuten)</translation>
    </message>
    <message>
        <source>After this long without keyboard or mouse input you count as away: posture and stretch timers restart when you are back, and reminders due meanwhile wait for your return.</source>
        <translation>Nach so langer Zeit ohne Tastatur- oder Mauseingabe giltst du als abwesend: Die Zeiten für Haltung und Dehnen beginnen neu, wenn du zurück bist, und inzwischen fällige Erinnerungen warten auf deine Rückkehr.</translation>
    </message>
    <message>
        <source>Hold reminders during fullscreen</source>
        <translation>Erinnerungen bei Vollbild zurückhalten</translation>
    </message>
    <message>
        <source>While the active window is fullscreen (a video, a presentation, a game), reminders wait and then come once, together.</source>
        <translation>Solange das aktive Fenster im Vollbild ist (ein Video, eine Präsentation, ein Spiel), warten Erinnerungen und kommen danach einmal gesammelt.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>Start spasmguard automatically when you log in to your desktop.</source>
        <translation>spasmguard automatisch starten, wenn du dich an deinem Desktop anmeldest.</translation>
    </message>
    <message>
        <source>Daily water goal (ml)</source>
        <translation>Tägliches Trinkziel (ml)</translation>
    </message>
    <message>
        <source>How much water you aim to drink each day, unless a doctor has told you to limit fluids.</source>
        <translation>Wie viel Wasser du am Tag trinken möchtest, es sei denn, dir wurde ärztlich geraten, die Trinkmenge zu begrenzen.</translation>
    </message>
    <message>
        <source>Glass size (ml)</source>
        <translation>Glasgröße (ml)</translation>
    </message>
    <message>
        <source>How much one logged drink counts for.</source>
        <translation>Wie viel ein eingetragenes Glas zählt.</translation>
    </message>
    <message>
        <source>Stop water reminders at the goal</source>
        <translation>Trinkerinnerungen am Ziel beenden</translation>
    </message>
    <message>
        <source>When today&apos;s water reaches the daily goal, hydration reminders stop until the next day.</source>
        <translation>Sobald du heute dein Trinkziel erreicht hast, kommen bis zum nächsten Tag keine Trinkerinnerungen mehr.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of menus, windows, reminder texts and guides; windows that are open change when they are opened again.</source>
        <translation>Die Sprache von Menüs, Fenstern, Erinnerungen und Anleitungen; offene Fenster wechseln sie, wenn sie neu geöffnet werden.</translation>
    </message>
    <message>
        <source>Chime between stretches</source>
        <translation>Signalton zwischen den Übungen</translation>
    </message>
    <message>
        <source>Sound the system&apos;s alert sound when a guided stretch moves on to its next step.</source>
        <translation>Den Hinweiston des Systems abspielen, wenn eine angeleitete Dehnübung zum nächsten Schritt wechselt.</translation>
    </message>
    <message>
        <source>Breathe in (seconds)</source>
        <translation>Einatmen (Sekunden)</translation>
    </message>
    <message>
        <source>How long each breath in lasts in a guided breathing break.</source>
        <translation>Wie lange jedes Einatmen in einer angeleiteten Atempause dauert.</translation>
    </message>
    <message>
        <source>Breathe out (seconds)</source>
        <translation>Ausatmen (Sekunden)</translation>
    </message>
    <message>
        <source>How long each breath out lasts in a guided breathing break.</source>
        <translation>Wie lange jedes Ausatmen in einer angeleiteten Atempause dauert.</translation>
    </message>
    <message>
        <source>Breathing break (minutes)</source>
        <translation>Atempause (Minuten)</translation>
    </message>
    <message>
        <source>How long a guided breathing break lasts; it ends after a full breath out.</source>
        <translation>Wie lange eine angeleitete Atempause dauert; sie endet nach einem vollständigen Ausatmen.</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Whether this reminder comes at all.</source>
        <translation>Ob diese Erinnerung überhaupt kommt.</translation>
    </message>
    <message>
        <source>Every (minutes)</source>
        <translation>Alle (Minuten)</translation>
    </message>
    <message>
        <source>Minutes between two reminders of this habit.</source>
        <translation>Minuten zwischen zwei Erinnerungen an diese Gewohnheit.</translation>
    </message>
    <message>
        <source>Your own reminder text</source>
        <translation>Eigener Erinnerungstext</translation>
    </message>
    <message>
        <source>When not blank, this text is shown instead of the rotating reminder texts.</source>
        <translation>Steht hier etwas, erscheint dieser Text statt der wechselnden Erinnerungstexte.</translation>
    </message>
    <message>
        <source>Own working hours start</source>
        <translation>Eigener Arbeitsbeginn</translation>
    </message>
    <message>
        <source>Start of this habit&apos;s own hours; leave it out to use the general working hours.</source>
        <translation>Beginn der eigenen Zeiten dieser Gewohnheit; ohne Angabe gilt die allgemeine Arbeitszeit.</translation>
    </message>
    <message>
        <source>Own working hours end</source>
        <translation>Eigenes Arbeitsende</translation>
    </message>
    <message>
        <source>End of this habit&apos;s own hours; leave it out to use the general working hours.</source>
        <translation>Ende der eigenen Zeiten dieser Gewohnheit; ohne Angabe gilt die allgemeine Arbeitszeit.</translation>
    </message>
    <message>
        <source>Own working days</source>
        <translation>Eigene Arbeitstage</translation>
    </message>
    <message>
        <source>The days this habit reminds you on; leave it out to use the general working days.</source>
        <translation>Die Tage, an denen diese Gewohnheit dich erinnert; ohne Angabe gelten die allgemeinen Arbeitstage.</translation>
    </message>
    <message>
        <source>not UTF-8 text: byte {byte} is invalid</source>
        <translation>kein UTF-8-Text: Byte {byte} ist ungültig</translation>
    </message>
    <message>
        <source>not valid TOML: {error}</source>
        <translation>kein gültiges TOML: {error}</translation>
    </message>
    <message>
        <source>not valid TOML: nested too deeply</source>
        <translation>kein gültiges TOML: zu tief verschachtelt</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason})</source>
        <translation>{file} ließ sich nicht lesen ({reason})</translation>
    </message>
    <message>
        <source>{problem}; defaults are in use.</source>
        <translation>{problem}; es gelten die Standardwerte.</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>{problem} and could not be copied aside. {reason} Defaults are in use and the file will not be overwritten.</source>
        <translation>{problem} und ließ sich nicht beiseitekopieren. {reason} Es gelten die Standardwerte, und die Datei wird nicht überschrieben.</translation>
    </message>
    <message>
        <source>{problem}; a copy was saved as {copy} and defaults are in use.</source>
        <translation>{problem}; eine Kopie wurde als {copy} gespeichert, und es gelten die Standardwerte.</translation>
    </message>
    <message>
        <source>{file} was written by a newer spasmguard (settings version {version}, this one knows {target}); the settings it understands are used and the file is left unchanged.</source>
        <translation>{file} stammt von einem neueren spasmguard (Einstellungsversion {version}, diese Version kennt {target}); die verständlichen Einstellungen gelten, und die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>{file} could not be upgraded from settings version {version} ({error}); defaults are in use and the file is left unchanged.</source>
        <translation>{file} ließ sich nicht von Einstellungsversion {version} aktualisieren ({error}); es gelten die Standardwerte, und die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>must be a whole number of 1 or more, got {value}; 1 is assumed</source>
        <translation>muss eine ganze Zahl ab 1 sein, steht aber auf {value}; 1 wird angenommen</translation>
    </message>
    <message>
        <source>must be a table, got {value}</source>
        <translation>muss eine Tabelle sein, steht aber auf {value}</translation>
    </message>
    <message>
        <source>is not a habit (known habits: {habits})</source>
        <translation>ist keine Gewohnheit (bekannt sind: {habits})</translation>
    </message>
    <message>
        <source>is not a setting spasmguard knows (misspelt or misplaced?)</source>
        <translation>ist keine Einstellung, die spasmguard kennt (vertippt oder an falscher Stelle?)</translation>
    </message>
    <message>
        <source>{file} is from a newer spasmguard or could not be upgraded, so it is left unchanged.</source>
        <translation>{file} stammt von einem neueren spasmguard oder ließ sich nicht aktualisieren und bleibt deshalb unverändert.</translation>
    </message>
    <message>
        <source>Could not save {file}: it could not be read ({reason}) and has not been copied aside, so it is left unchanged.</source>
        <translation>{file} ließ sich nicht speichern: Die Datei ließ sich nicht lesen ({reason}) und wurde nicht beiseitekopiert, deshalb bleibt sie unverändert.</translation>
    </message>
    <message>
        <source>Could not save {file}: it could not be updated ({error}).</source>
        <translation>{file} ließ sich nicht speichern: Die Datei ließ sich nicht aktualisieren ({error}).</translation>
    </message>
    <message>
        <source>{file} is from a newer spasmguard, so it is left unchanged.</source>
        <translation>{file} stammt von einem neueren spasmguard und bleibt deshalb unverändert.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer anzeigen und beenden</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>folgende Argumente sind erforderlich: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>erwartet genau ein Argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>erwartet höchstens ein Argument</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>explizites Argument %r wird ignoriert</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <source>{prog}: {problem} (see &apos;{prog} --help&apos;)</source>
        <translation>{prog}: {problem} (siehe &apos;{prog} --help&apos;)</translation>
    </message>
    <message>
        <source>{name} must be a whole number from {low} to {high}, got &apos;{text}&apos;</source>
        <translation>{name} muss eine ganze Zahl von {low} bis {high} sein, nicht &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>pause length</source>
        <translation>die Pausenlänge</translation>
    </message>
    <message>
        <source>A tray app that reminds you to check your posture, drink water, stretch and take stress breaks. Run without a command to start it.</source>
        <translation>Eine App im Infobereich, die dich daran erinnert, auf deine Haltung zu achten, Wasser zu trinken, dich zu dehnen und Pausen gegen Stress einzulegen. Ohne Befehl aufgerufen, startet sie.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <source>HABIT</source>
        <translation>GEWOHNHEIT</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTEN</translation>
    </message>
    <message>
        <source>show the next reminder of each habit</source>
        <translation>die nächste Erinnerung jeder Gewohnheit anzeigen</translation>
    </message>
    <message>
        <source>print machine-readable JSON</source>
        <translation>maschinenlesbares JSON ausgeben</translation>
    </message>
    <message>
        <source>show a habit&apos;s reminder now</source>
        <translation>die Erinnerung einer Gewohnheit jetzt zeigen</translation>
    </message>
    <message>
        <source>put off a habit&apos;s reminder for some minutes</source>
        <translation>die Erinnerung einer Gewohnheit um einige Minuten verschieben</translation>
    </message>
    <message>
        <source>pause all reminders: {minutes}, &apos;tomorrow&apos; or &apos;off&apos;</source>
        <translation>alle Erinnerungen pausieren: {minutes}, &apos;tomorrow&apos; oder &apos;off&apos;</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>eine Pause beenden</translation>
    </message>
    <message>
        <source>mark a habit done now (its timer restarts)</source>
        <translation>eine Gewohnheit jetzt als erledigt markieren (ihr Zeitgeber beginnt von vorn)</translation>
    </message>
    <message>
        <source>count water you drank (default: one glass)</source>
        <translation>getrunkenes Wasser zählen (Standard: ein Glas)</translation>
    </message>
    <message>
        <source>ML</source>
        <translation>ML</translation>
    </message>
    <message>
        <source>open a window of the running app</source>
        <translation>ein Fenster der laufenden App öffnen</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>die laufende App beenden</translation>
    </message>
    <message>
        <source>&apos;path&apos; prints where settings live; &apos;check&apos; validates</source>
        <translation>&apos;path&apos; zeigt, wo die Einstellungen liegen; &apos;check&apos; prüft sie</translation>
    </message>
    <message>
        <source>add spasmguard to your desktop&apos;s app menus</source>
        <translation>spasmguard in die App-Menüs deines Desktops aufnehmen</translation>
    </message>
    <message>
        <source>export or delete the history (app not needed)</source>
        <translation>den Verlauf exportieren oder löschen (die App muss nicht laufen)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>write every event to {file}</source>
        <translation>alle Ereignisse in {file} schreiben</translation>
    </message>
    <message>
        <source>the file to write (replaced if it exists), - for stdout</source>
        <translation>die zu schreibende Datei (wird ersetzt, falls vorhanden), - für die Standardausgabe</translation>
    </message>
    <message>
        <source>delete every event (snoozes and pauses stay)</source>
        <translation>alle Ereignisse löschen (Aufschübe und Pausen bleiben)</translation>
    </message>
    <message>
        <source>confirm: this cannot be undone</source>
        <translation>bestätigen: lässt sich nicht rückgängig machen</translation>
    </message>
    <message>
        <source>spasmguard: unexpected error: {error}</source>
        <translation>spasmguard: unerwarteter Fehler: {error}</translation>
    </message>
    <message>
        <source>spasmguard is not running.</source>
        <translation>spasmguard läuft nicht.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>not created yet (defaults in use)</source>
        <translation>noch nicht angelegt (es gelten die Standardwerte)</translation>
    </message>
    <message>
        <source>Problems in {file}: {count}; defaults are used for those keys.</source>
        <translation>Probleme in {file}: {count}; für diese Schlüssel gelten die Standardwerte.</translation>
    </message>
    <message>
        <source>this deletes every event for good; add --yes to confirm.</source>
        <translation>das löscht alle Ereignisse endgültig; zum Bestätigen --yes anhängen.</translation>
    </message>
    <message>
        <source>Events deleted: {count}.</source>
        <translation>Gelöschte Ereignisse: {count}.</translation>
    </message>
    <message>
        <source>Events exported to {file}: {count}.</source>
        <translation>Nach {file} exportierte Ereignisse: {count}.</translation>
    </message>
    <message>
        <source>installed {file}</source>
        <translation>{file} installiert</translation>
    </message>
    <message>
        <source>{zone} (a fixed offset: no daylight-saving changes)</source>
        <translation>{zone} (ein fester Versatz: keine Sommerzeitumstellung)</translation>
    </message>
    <message>
        <source>Could not create the folder {folder}</source>
        <translation>Der Ordner {folder} ließ sich nicht anlegen</translation>
    </message>
    <message>
        <source>Could not save {file}</source>
        <translation>{file} ließ sich nicht speichern</translation>
    </message>
    <message>
        <source>The previous file is unchanged.</source>
        <translation>Die bisherige Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Could not write {file}</source>
        <translation>{file} ließ sich nicht schreiben</translation>
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
        <translation>sie wurde nur zum Lesen geöffnet</translation>
    </message>
    <message>
        <source>{file} is not a complete spasmguard history yet</source>
        <translation>{file} ist noch kein vollständiger spasmguard-Verlauf</translation>
    </message>
    <message>
        <source>{file} was written by an older spasmguard; start the app once to update it</source>
        <translation>{file} stammt von einem älteren spasmguard; starte die App einmal, damit sie die Datei aktualisiert</translation>
    </message>
    <message>
        <source>it was written by a newer spasmguard</source>
        <translation>sie stammt von einem neueren spasmguard</translation>
    </message>
    <message>
        <source>{file} is not a spasmguard history database</source>
        <translation>{file} ist keine Verlaufsdatenbank von spasmguard</translation>
    </message>
    <message>
        <source>{file} is open read-only: {reason}</source>
        <translation>{file} ist nur zum Lesen geöffnet: {reason}</translation>
    </message>
    <message>
        <source>could not open {file}: {reason}</source>
        <translation>{file} ließ sich nicht öffnen: {reason}</translation>
    </message>
    <message>
        <source>could not write to {file}: {reason}</source>
        <translation>in {file} ließ sich nicht schreiben: {reason}</translation>
    </message>
    <message>
        <source>spasmguard is running.</source>
        <translation>spasmguard läuft.</translation>
    </message>
    <message>
        <source>spasmguard is not running; times show when reminders would come if it started now.</source>
        <translation>spasmguard läuft nicht; die Zeiten zeigen, wann Erinnerungen kämen, wenn es jetzt startete.</translation>
    </message>
    <message>
        <source>All reminders are paused until you resume them.</source>
        <translation>Alle Erinnerungen sind pausiert, bis du sie fortsetzt.</translation>
    </message>
    <message>
        <source>All reminders are paused until {time}.</source>
        <translation>Alle Erinnerungen sind bis {time} pausiert.</translation>
    </message>
    <message>
        <source>Times are in {zone}.</source>
        <translation>Zeiten in der Zeitzone {zone}.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>every {minutes} min, not scheduled</source>
        <translation>alle {minutes} Min., nicht geplant</translation>
    </message>
    <message>
        <source>every {minutes} min, next {time} (snoozed until {until})</source>
        <translation>alle {minutes} Min., nächste: {time} (verschoben bis {until})</translation>
    </message>
    <message>
        <source>every {minutes} min, next {time}</source>
        <translation>alle {minutes} Min., nächste: {time}</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>Cannot reach the running spasmguard: {reason}.</source>
        <translation>Das laufende spasmguard ist nicht erreichbar: {reason}.</translation>
    </message>
    <message>
        <source>spasmguard did not answer in time.</source>
        <translation>spasmguard hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>spasmguard closed the connection without answering.</source>
        <translation>spasmguard hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>spasmguard sent a reply that cannot be read.</source>
        <translation>spasmguard hat eine unlesbare Antwort geschickt.</translation>
    </message>
    <message>
        <source>The command failed.</source>
        <translation>Der Befehl ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>{problem} The new settings are in effect until spasmguard quits.</source>
        <translation>{problem} Die neuen Einstellungen gelten, bis spasmguard beendet wird.</translation>
    </message>
    <message>
        <source>Start at login could not be switched on. {reason}</source>
        <translation>Der Start beim Anmelden ließ sich nicht einschalten. {reason}</translation>
    </message>
    <message>
        <source>Start at login could not be switched off. {reason}</source>
        <translation>Der Start beim Anmelden ließ sich nicht ausschalten. {reason}</translation>
    </message>
    <message>
        <source>Could not remove {file}: {reason}.</source>
        <translation>{file} ließ sich nicht entfernen: {reason}.</translation>
    </message>
    <message>
        <source>logging to stderr, {error}</source>
        <translation>Protokoll geht nach stderr: {error}</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are not set); start it from your desktop session. The commands (spasmguard status, ...) work without one.</source>
        <translation>keine Anzeige gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt); starte spasmguard aus deiner Desktop-Sitzung. Die Befehle (spasmguard status, ...) funktionieren auch ohne.</translation>
    </message>
    <message>
        <source>cannot listen for commands at {path}: {error}</source>
        <translation>kann unter {path} keine Befehle empfangen: {error}</translation>
    </message>
    <message>
        <source>another copy holds the lock but does not answer.</source>
        <translation>eine andere Instanz hält die Sperre, antwortet aber nicht.</translation>
    </message>
    <message>
        <source>{error}; history is not saved this session.</source>
        <translation>{error}; der Verlauf wird in dieser Sitzung nicht gespeichert.</translation>
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
        <translation>Ein Kreis, der beim Einatmen wächst und beim Ausatmen schrumpft.</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing break</source>
        <translation>Atempause</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Beenden (Esc)</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>Your breathing break is recorded as done.</source>
        <translation>Deine Atempause ist als erledigt eingetragen.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Paused, {time} left</source>
        <translation>Angehalten, noch {time}</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>{action} (Space)</source>
        <translation>{action} (Leertaste)</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>This desktop does not tell apps how long you have been idle.</source>
        <translation>Dieser Desktop teilt Apps nicht mit, wie lange du inaktiv warst.</translation>
    </message>
    <message>
        <source>This desktop does not tell apps when a window is fullscreen.</source>
        <translation>Dieser Desktop teilt Apps nicht mit, wann ein Fenster im Vollbild ist.</translation>
    </message>
    <message>
        <source>GNOME on Wayland does not tell apps when a window is fullscreen.</source>
        <translation>GNOME unter Wayland teilt Apps nicht mit, wann ein Fenster im Vollbild ist.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Unknown habit {habit!r}.</source>
        <translation>Unbekannte Gewohnheit {habit!r}.</translation>
    </message>
    <message>
        <source>Showing the {title} reminder.</source>
        <translation>Die Erinnerung „{title}“ wird angezeigt.</translation>
    </message>
    <message>
        <source>Snooze length must be a whole number of minutes, 1 to {most}.</source>
        <translation>Der Aufschub muss eine ganze Zahl von Minuten sein, 1 bis {most}.</translation>
    </message>
    <message>
        <source>{title} snoozed until {time}.</source>
        <translation>{title} verschoben bis {time}.</translation>
    </message>
    <message>
        <source>Pause length must be 1 to {most} minutes, &apos;tomorrow&apos; or &apos;off&apos;.</source>
        <translation>Die Pause muss 1 bis {most} Minuten lang sein oder &apos;tomorrow&apos; bzw. &apos;off&apos; lauten.</translation>
    </message>
    <message>
        <source>Reminders paused until you resume them.</source>
        <translation>Erinnerungen pausiert, bis du sie fortsetzt.</translation>
    </message>
    <message>
        <source>Reminders paused until {time}.</source>
        <translation>Erinnerungen pausiert bis {time}.</translation>
    </message>
    <message>
        <source>Reminders resumed.</source>
        <translation>Erinnerungen fortgesetzt.</translation>
    </message>
    <message>
        <source>{title}: done.</source>
        <translation>{title}: erledigt.</translation>
    </message>
    <message>
        <source>The amount must be a whole number of millilitres, 1 to {most}.</source>
        <translation>Die Menge muss eine ganze Zahl von Millilitern sein, 1 bis {most}.</translation>
    </message>
    <message>
        <source>Water today: {total} of {goal} ml.</source>
        <translation>Heute getrunken: {total} von {goal} ml.</translation>
    </message>
    <message>
        <source>Unknown window {name!r}.</source>
        <translation>Unbekanntes Fenster {name!r}.</translation>
    </message>
    <message>
        <source>spasmguard is quitting.</source>
        <translation>spasmguard wird beendet.</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>Some settings could not be used, so their defaults are in effect:</source>
        <translation>Einige Einstellungen ließen sich nicht verwenden, deshalb gelten für sie die Standardwerte:</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Angezeigter Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Delete history…</source>
        <translation>Verlauf &amp;löschen…</translation>
    </message>
    <message>
        <source>Charts by habit</source>
        <translation>Diagramme nach Gewohnheit</translation>
    </message>
    <message>
        <source>answers per day</source>
        <translation>Antworten pro Tag</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <source>water per day</source>
        <translation>Wasser pro Tag</translation>
    </message>
    <message>
        <source>water (dashed line: daily goal)</source>
        <translation>Wasser (gestrichelte Linie: Tagesziel)</translation>
    </message>
    <message>
        <source>{title}: {what}</source>
        <translation>{title}: {what}</translation>
    </message>
    <message>
        <source>{title}: the numbers of each day</source>
        <translation>{title}: Zahlen Tag für Tag</translation>
    </message>
    <message>
        <source>{summary} In this period: {totals}.</source>
        <translation>{summary} In diesem Zeitraum: {totals}.</translation>
    </message>
    <message>
        <source>Nothing recorded in this period</source>
        <translation>In diesem Zeitraum ist nichts eingetragen</translation>
    </message>
    <message>
        <source>Days in a row: {current} now, {best} at best</source>
        <translation>Tage am Stück: jetzt {current}, bisher höchstens {best}</translation>
    </message>
    <message>
        <source>no answered reminders in this period</source>
        <translation>keine beantworteten Erinnerungen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>done {percent} % of the times it was due</source>
        <translation>bei {percent} % der fälligen Male erledigt</translation>
    </message>
    <message numerus="yes">
        <source>Daily goal {goal} ml, reached on {met} of %n days.</source>
        <translation>
            <numerusform>Tagesziel {goal} ml, erreicht an {met} von %n Tag.</numerusform>
            <numerusform>Tagesziel {goal} ml, erreicht an {met} von %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <source>No water recorded in this period</source>
        <translation>In diesem Zeitraum ist kein Wasser eingetragen</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export written to {path} (events: {count}).</source>
        <translation>Export gespeichert unter {path} (Einträge: {count}).</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>Löschen fehlgeschlagen</translation>
    </message>
    <message>
        <source>History deleted (events removed: {count}).</source>
        <translation>Verlauf gelöscht (entfernte Einträge: {count}).</translation>
    </message>
    <message>
        <source>Delete history?</source>
        <translation>Verlauf löschen?</translation>
    </message>
    <message>
        <source>Delete every recorded reminder, answer and glass of water? Streaks start again from zero. This cannot be undone; export the history first to keep a copy.</source>
        <translation>Alle eingetragenen Erinnerungen, Antworten und Gläser Wasser löschen? Die Serien beginnen wieder bei null. Das lässt sich nicht rückgängig machen; exportiere den Verlauf vorher, wenn du eine Kopie behalten möchtest.</translation>
    </message>
    <message>
        <source>Delete history</source>
        <translation>Verlauf löschen</translation>
    </message>
</context>
<context>
    <name>LiftingPanel</name>
    <message>
        <source>Safe lifting</source>
        <translation>Sicher heben</translation>
    </message>
    <message>
        <source>Lift safely, step by step</source>
        <translation>Sicher heben, Schritt für Schritt</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>So geht’s</translation>
    </message>
    <message>
        <source>Don&apos;t</source>
        <translation>Lieber nicht</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Wann fachliche Hilfe nötig ist</translation>
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
        <translation>&amp;Erinnerungen und Einstellungen</translation>
    </message>
    <message>
        <source>Closing this window keeps your reminders running. To open it again, start spasmguard again from your application menu.</source>
        <translation>Wenn du dieses Fenster schließt, laufen deine Erinnerungen weiter. Um es wieder zu öffnen, starte spasmguard noch einmal aus dem Anwendungsmenü.</translation>
    </message>
    <message>
        <source>Your desktop shows no tray icons, so spasmguard has no icon in the top bar. This window stands in for it. It opens by itself this once only.</source>
        <translation>Dein Desktop zeigt keine Tray-Symbole, deshalb hat spasmguard kein Symbol in der oberen Leiste. Dieses Fenster vertritt es. Von selbst öffnet es sich nur dieses eine Mal.</translation>
    </message>
    <message>
        <source>&amp;Add spasmguard to the application menu</source>
        <translation>spasmguard zum &amp;Anwendungsmenü hinzufügen</translation>
    </message>
    <message>
        <source>Added: spasmguard is now in your application menu.</source>
        <translation>Erledigt: spasmguard ist jetzt in deinem Anwendungsmenü.</translation>
    </message>
</context>
<context>
    <name>NotificationSender</name>
    <message>
        <source>Done</source>
        <extracomment>The longest close() holds the GUI thread at quit; a server slower than that is not waited for.</extracomment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>+ a glass</source>
        <translation>+ ein Glas</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>Alle Antworten</translation>
    </message>
    <message>
        <source>No D-Bus session bus is available.</source>
        <translation>Es ist kein D-Bus-Sitzungsbus verfügbar.</translation>
    </message>
    <message>
        <source>No notification server is running.</source>
        <translation>Es läuft kein Benachrichtigungsdienst.</translation>
    </message>
    <message>
        <source>The notification server cannot show buttons.</source>
        <translation>Der Benachrichtigungsdienst kann keine Knöpfe zeigen.</translation>
    </message>
    <message>
        <source>The notification server did not answer in time.</source>
        <translation>Der Benachrichtigungsdienst hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The notification server refused it.</source>
        <translation>Der Benachrichtigungsdienst hat sie abgelehnt.</translation>
    </message>
</context>
<context>
    <name>PostureCheck</name>
    <message>
        <source>Posture check</source>
        <translation>Haltungscheck</translation>
    </message>
    <message>
        <source>How are you sitting?</source>
        <translation>Wie sitzt du gerade?</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Save these answers; counts as a posture check done</source>
        <translation>Antworten speichern; zählt als erledigter Haltungscheck</translation>
    </message>
    <message>
        <source>Your answers are kept, so this window can show what you miss most.</source>
        <translation>Deine Antworten werden gespeichert, damit dieses Fenster zeigen kann, was du am häufigsten übersiehst.</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days: every item was right at every check.</source>
        <translation>
            <numerusform>Letzter %n Tag: Bei jedem Check stimmte alles.</numerusform>
            <numerusform>Letzte %n Tage: Bei jedem Check stimmte alles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most often missed in the last %n days: {items}.</source>
        <translation>
            <numerusform>Am häufigsten übersehen am letzten %n Tag: {items}.</numerusform>
            <numerusform>Am häufigsten übersehen in den letzten %n Tagen: {items}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} ({missed} of {total} checks)</source>
        <translation>{title} ({missed} von {total} Checks)</translation>
    </message>
</context>
<context>
    <name>ProfessionalPanel</name>
    <message>
        <source>When to see a professional</source>
        <translation>Wann fachliche Hilfe nötig ist</translation>
    </message>
</context>
<context>
    <name>ReminderSession</name>
    <message>
        <source>Welcome back - you were away {duration}.</source>
        <extracomment>The plan, the state or &quot;do not disturb&quot; changed: the views refresh. Show the app&apos;s own reminder window for this habit, with this text. The habit&apos;s reminder was settled elsewhere: withdraw its reminder window, if one is open. Open (or raise) the window of this name, one of OPEN_WINDOWS, with the launcher&apos;s activation tokens (a mapping, empty unless a command forwarded them).</extracomment>
        <translation>Willkommen zurück – du warst {duration} weg.</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Reminder: {title}</source>
        <translation>Erinnerung: {title}</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the guided break</source>
        <translation>Die angeleitete Pause beginnen</translation>
    </message>
    <message>
        <source>+ a &amp;glass</source>
        <translation>+ ein &amp;Glas</translation>
    </message>
    <message>
        <source>Add a glass</source>
        <translation>Ein Glas eintragen</translation>
    </message>
    <message>
        <source>I drank a glass of water: count it, and this reminder as done</source>
        <translation>Ich habe ein Glas Wasser getrunken: eintragen und diese Erinnerung als erledigt zählen</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>I did it</source>
        <translation>Hab ich gemacht</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Remind me again later</source>
        <translation>Später noch einmal erinnern</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Not this time</source>
        <translation>Diesmal nicht</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
</context>
<context>
    <name>SafetyBlocks</name>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
</context>
<context>
    <name>SafetyLinks</name>
    <message>
        <source>Warning si&amp;gns…</source>
        <translation>Warnzei&amp;chen…</translation>
    </message>
    <message>
        <source>&amp;If your back is in spasm now…</source>
        <translation>Wenn der Rücken gerade &amp;krampft…</translation>
    </message>
    <message>
        <source>When to see a professional, and when to get help now</source>
        <translation>Wann fachliche Hilfe nötig ist und wann sofort Hilfe</translation>
    </message>
    <message>
        <source>What to do while your back is in spasm</source>
        <translation>Was hilft, während der Rücken verkrampft ist</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Leave empty for rotating tips</source>
        <translation>Leer lassen für wechselnde Tipps</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>Desktop-Benachrichtigung</translation>
    </message>
    <message>
        <source>spasmguard&apos;s own window</source>
        <translation>Eigenes Fenster von spasmguard</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>spasmguard settings</source>
        <translation>spasmguard-Einstellungen</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Use the general setting</source>
        <translation>Allgemeine Einstellung verwenden</translation>
    </message>
    <message>
        <source>While checked, the General tab&apos;s value is used.</source>
        <translation>Solange das Häkchen gesetzt ist, gilt der Wert aus „Allgemein“.</translation>
    </message>
    <message>
        <source>Start at login not changed</source>
        <translation>Autostart nicht geändert</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
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
        <translation>Dehnpause</translation>
    </message>
    <message>
        <source>{minutes} min: {title}</source>
        <translation>{minutes} Min.: {title}</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Übungsfolge</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>&amp;Übungsfolge:</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Verbleibende Zeit in diesem Schritt</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>Fortschritt der Übungsfolge</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Pfeil links</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Pfeil rechts</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
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
        <translation>Übungsfolge geschafft</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Gut gemacht!</translation>
    </message>
    <message>
        <source>Your stretch break is recorded as done.</source>
        <translation>Deine Dehnpause ist als erledigt eingetragen.</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Schritt {number} von {count}</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>SvgView</name>
    <message>
        <source>Drawing: {title}</source>
        <translation>Zeichnung: {title}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>spasmguard: paused until {time}</source>
        <translation>spasmguard: pausiert bis {time}</translation>
    </message>
    <message>
        <source>spasmguard: paused</source>
        <translation>spasmguard: pausiert</translation>
    </message>
    <message>
        <source>spasmguard: next, {title} at {time}</source>
        <translation>spasmguard: als Nächstes {title} um {time}</translation>
    </message>
    <message>
        <source>spasmguard: no reminders scheduled</source>
        <translation>spasmguard: keine Erinnerungen geplant</translation>
    </message>
    <message>
        <source>Water today: {drunk} of {goal} ml</source>
        <translation>Heute getrunken: {drunk} von {goal} ml</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>30 minutes</source>
        <translation>30 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 Stunden</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>Bis ich fortsetze</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>Until I turn it off</source>
        <translation>Bis ich es ausschalte</translation>
    </message>
    <message>
        <source>I drank a glass of water  ({drunk} / {goal} ml)</source>
        <translation>Ich habe ein Glas Wasser getrunken  ({drunk} / {goal} ml)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>All reminders are switched off</source>
        <translation>Alle Erinnerungen sind ausgeschaltet</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>snoozed until {time}</source>
        <translation>verschoben bis {time}</translation>
    </message>
    <message>
        <source>next {time}</source>
        <translation>fällig {time}</translation>
    </message>
    <message>
        <source>Show this reminder now</source>
        <translation>Diese Erinnerung jetzt zeigen</translation>
    </message>
    <message>
        <source>S&amp;tretch break…</source>
        <translation>&amp;Dehnpause…</translation>
    </message>
    <message>
        <source>&amp;Breathing break…</source>
        <translation>A&amp;tempause…</translation>
    </message>
    <message>
        <source>Posture chec&amp;k…</source>
        <translation>&amp;Haltungscheck…</translation>
    </message>
    <message>
        <source>&amp;Lifting technique…</source>
        <translation>&amp;Sicher heben…</translation>
    </message>
    <message>
        <source>&amp;If your back is in spasm now…</source>
        <translation>Wenn der Rücken gerade &amp;krampft…</translation>
    </message>
    <message>
        <source>&amp;When to see a professional…</source>
        <translation>Wann f&amp;achliche Hilfe nötig ist…</translation>
    </message>
    <message>
        <source>W&amp;elcome tour…</source>
        <translation>&amp;Willkommensrundgang…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>Turn off &amp;do not disturb (on until {time})</source>
        <translation>Nicht stören &amp;beenden (an bis {time})</translation>
    </message>
    <message>
        <source>Turn off &amp;do not disturb</source>
        <translation>Nicht stören &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>&amp;Nicht stören</translation>
    </message>
    <message>
        <source>&amp;Resume reminders (paused until {time})</source>
        <translation>Erinnerungen &amp;fortsetzen (pausiert bis {time})</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>Erinnerungen &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>Erinnerungen &amp;pausieren</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome to spasmguard</source>
        <translation>Willkommen bei spasmguard</translation>
    </message>
    <message>
        <source>spasmguard reminds you, during your working hours, of four everyday habits that can help prevent back spasms:</source>
        <translation>spasmguard erinnert dich während deiner Arbeitszeit an vier alltägliche Gewohnheiten, die Rückenkrämpfen vorbeugen können:</translation>
    </message>
    <message>
        <source>Away from the desk, walking, swimming and cycling are gentle ways to stay fit that can help your back too.</source>
        <translation>Abseits vom Schreibtisch sind Gehen, Schwimmen und Radfahren sanfte Wege, fit zu bleiben, die auch deinem Rücken guttun können.</translation>
    </message>
    <message>
        <source>When reminders come</source>
        <translation>Wann Erinnerungen kommen</translation>
    </message>
    <message>
        <source>Working days, your own reminder texts and the rest are in Settings, in the tray menu. This welcome is there too, as Welcome tour.</source>
        <translation>Arbeitstage, eigene Erinnerungstexte und alles Weitere stehen in den Einstellungen im Tray-Menü. Auch diese Begrüßung ist dort zu finden, als Willkommensrundgang.</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Arbeitsbeginn</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Arbeitsende</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Working hours</source>
        <translation>&amp;Arbeitszeit</translation>
    </message>
    <message>
        <source>{title}: every</source>
        <translation>{title}: alle</translation>
    </message>
    <message>
        <source>{title}, every</source>
        <translation>{title}, alle</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>&amp;Speichern und starten</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Keep the settings as they are</source>
        <translation>Die Einstellungen so lassen, wie sie sind</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>_Drawing</name>
    <message>
        <source>Drawing: {title}</source>
        <translation>Zeichnung: {title}</translation>
    </message>
</context>
<context>
    <name>_UnitSpinBox</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
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
        <translation>Die Anfrage ist zu groß.</translation>
    </message>
    <message>
        <source>Unknown command: %s.</source>
        <translation>Unbekannter Befehl: %s.</translation>
    </message>
    <message>
        <source>The command failed inside spasmguard; see its log for details.</source>
        <translation>Der Befehl ist in spasmguard fehlgeschlagen; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation>Die Anfrage ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The request must be a JSON object.</source>
        <translation>Die Anfrage muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The request needs a text &quot;cmd&quot; and an object &quot;args&quot;.</source>
        <translation>Die Anfrage braucht einen Text &quot;cmd&quot; und ein Objekt &quot;args&quot;.</translation>
    </message>
</context>
</TS>
