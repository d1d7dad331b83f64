<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>must be true or false, got {value}</source>
        <translation>doit valoir true ou false, et non {value}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}, got {value}</source>
        <translation>doit être un nombre entier de {low} à {high}, et non {value}</translation>
    </message>
    <message>
        <source>must be text, got {value}</source>
        <translation>doit être un texte, et non {value}</translation>
    </message>
    <message>
        <source>must be at most {most} characters long, got {length} characters</source>
        <translation>doit compter au plus {most} caractères, et non {length} caractères</translation>
    </message>
    <message>
        <source>must be one of {allowed}, got {value}</source>
        <translation>doit être l’une des valeurs {allowed}, et non {value}</translation>
    </message>
    <message>
        <source>must be a time of day like &quot;09:00&quot; (00:00 to 23:59), got {value}</source>
        <translation>doit être une heure comme «&#xa0;09:00&#xa0;» (00:00 à 23:59), et non {value}</translation>
    </message>
    <message>
        <source>must be a list of day names ({allowed}), got {value}</source>
        <translation>doit être une liste de noms de jours ({allowed}), et non {value}</translation>
    </message>
    <message>
        <source>must name at least one day (to stop reminders, set enabled = false)</source>
        <translation>doit indiquer au moins un jour (pour arrêter les rappels, mettez enabled = false)</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Début des heures de travail</translation>
    </message>
    <message>
        <source>Reminders come only between the start and end of your working hours.</source>
        <translation>Les rappels n’arrivent qu’entre le début et la fin de vos heures de travail.</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Fin des heures de travail</translation>
    </message>
    <message>
        <source>End of your working hours; an end before the start means the hours run past midnight.</source>
        <translation>Fin de vos heures de travail&#xa0;; une fin avant le début signifie que les heures passent minuit.</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Jours de travail</translation>
    </message>
    <message>
        <source>The days of the week on which reminders come.</source>
        <translation>Les jours de la semaine où les rappels arrivent.</translation>
    </message>
    <message>
        <source>Snooze (minutes)</source>
        <translation>Durée du report (minutes)</translation>
    </message>
    <message>
        <source>How long the Snooze button postpones a reminder.</source>
        <translation>Durée pendant laquelle le bouton Reporter repousse un rappel.</translation>
    </message>
    <message>
        <source>Reminder style</source>
        <translation>Style des rappels</translation>
    </message>
    <message>
        <source>How reminders appear: &quot;desktop&quot; notifications, or spasmguard&apos;s own &quot;window&quot;.</source>
        <translation>Comment les rappels s’affichent&#xa0;: notifications du bureau («&#xa0;desktop&#xa0;») ou fenêtre de spasmguard («&#xa0;window&#xa0;»).</translation>
    </message>
    <message>
        <source>Reminder window time (seconds)</source>
        <translation>Durée de la fenêtre de rappel (secondes)</translation>
    </message>
    <message>
        <source>How long spasmguard&apos;s own reminder window stays before the reminder counts as missed.</source>
        <translation>Durée d’affichage de la fenêtre de rappel de spasmguard avant que le rappel compte comme manqué.</translation>
    </message>
    <message>
        <source>Away counts as a break after (minutes)</source>
        <translation>Absence comptée comme pause après (minutes)</translation>
    </message>
    <message>
        <source>After this long without keyboard or mouse input you count as away: posture and stretch timers restart when you are back, and reminders due meanwhile wait for your return.</source>
        <translation>Après ce délai sans clavier ni souris, vous êtes considéré comme absent&#xa0;: les minuteries de posture et d’étirement repartent à votre retour, et les rappels prévus entre-temps attendent votre retour.</translation>
    </message>
    <message>
        <source>Hold reminders during fullscreen</source>
        <translation>Différer les rappels en plein écran</translation>
    </message>
    <message>
        <source>While the active window is fullscreen (a video, a presentation, a game), reminders wait and then come once, together.</source>
        <translation>Tant que la fenêtre active est en plein écran (vidéo, présentation, jeu), les rappels attendent, puis arrivent une seule fois, ensemble.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Lancer à l’ouverture de session</translation>
    </message>
    <message>
        <source>Start spasmguard automatically when you log in to your desktop.</source>
        <translation>Lancer spasmguard automatiquement à l’ouverture de votre session.</translation>
    </message>
    <message>
        <source>Daily water goal (ml)</source>
        <translation>Objectif d’eau quotidien (ml)</translation>
    </message>
    <message>
        <source>How much water you aim to drink each day, unless a doctor has told you to limit fluids.</source>
        <translation>La quantité d’eau que vous visez chaque jour, sauf si un médecin vous a dit de limiter les liquides.</translation>
    </message>
    <message>
        <source>Glass size (ml)</source>
        <translation>Taille du verre (ml)</translation>
    </message>
    <message>
        <source>How much one logged drink counts for.</source>
        <translation>Ce que compte une boisson enregistrée.</translation>
    </message>
    <message>
        <source>Stop water reminders at the goal</source>
        <translation>Arrêter les rappels d’eau à l’objectif</translation>
    </message>
    <message>
        <source>When today&apos;s water reaches the daily goal, hydration reminders stop until the next day.</source>
        <translation>Quand l’eau du jour atteint l’objectif quotidien, les rappels d’hydratation s’arrêtent jusqu’au lendemain.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of menus, windows, reminder texts and guides; windows that are open change when they are opened again.</source>
        <translation>La langue des menus, des fenêtres, des rappels et des guides&#xa0;; les fenêtres ouvertes changent à leur prochaine ouverture.</translation>
    </message>
    <message>
        <source>Chime between stretches</source>
        <translation>Son entre les étirements</translation>
    </message>
    <message>
        <source>Sound the system&apos;s alert sound when a guided stretch moves on to its next step.</source>
        <translation>Jouer le son d’alerte du système quand un étirement guidé passe à l’étape suivante.</translation>
    </message>
    <message>
        <source>Breathe in (seconds)</source>
        <translation>Inspiration (secondes)</translation>
    </message>
    <message>
        <source>How long each breath in lasts in a guided breathing break.</source>
        <translation>Durée de chaque inspiration pendant une pause respiration guidée.</translation>
    </message>
    <message>
        <source>Breathe out (seconds)</source>
        <translation>Expiration (secondes)</translation>
    </message>
    <message>
        <source>How long each breath out lasts in a guided breathing break.</source>
        <translation>Durée de chaque expiration pendant une pause respiration guidée.</translation>
    </message>
    <message>
        <source>Breathing break (minutes)</source>
        <translation>Pause respiration (minutes)</translation>
    </message>
    <message>
        <source>How long a guided breathing break lasts; it ends after a full breath out.</source>
        <translation>Durée d’une pause respiration guidée&#xa0;; elle se termine après une expiration complète.</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Whether this reminder comes at all.</source>
        <translation>Si ce rappel arrive ou non.</translation>
    </message>
    <message>
        <source>Every (minutes)</source>
        <translation>Toutes les (minutes)</translation>
    </message>
    <message>
        <source>Minutes between two reminders of this habit.</source>
        <translation>Minutes entre deux rappels de cette habitude.</translation>
    </message>
    <message>
        <source>Your own reminder text</source>
        <translation>Votre propre texte de rappel</translation>
    </message>
    <message>
        <source>When not blank, this text is shown instead of the rotating reminder texts.</source>
        <translation>S’il n’est pas vide, ce texte remplace les textes de rappel qui alternent.</translation>
    </message>
    <message>
        <source>Own working hours start</source>
        <translation>Début des heures propres</translation>
    </message>
    <message>
        <source>Start of this habit&apos;s own hours; leave it out to use the general working hours.</source>
        <translation>Début des heures propres à cette habitude&#xa0;; laissez vide pour utiliser les heures de travail générales.</translation>
    </message>
    <message>
        <source>Own working hours end</source>
        <translation>Fin des heures propres</translation>
    </message>
    <message>
        <source>End of this habit&apos;s own hours; leave it out to use the general working hours.</source>
        <translation>Fin des heures propres à cette habitude&#xa0;; laissez vide pour utiliser les heures de travail générales.</translation>
    </message>
    <message>
        <source>Own working days</source>
        <translation>Jours propres</translation>
    </message>
    <message>
        <source>The days this habit reminds you on; leave it out to use the general working days.</source>
        <translation>Les jours où cette habitude vous est rappelée&#xa0;; laissez vide pour utiliser les jours de travail généraux.</translation>
    </message>
    <message>
        <source>not UTF-8 text: byte {byte} is invalid</source>
        <translation>pas un texte UTF-8 : l’octet {byte} est invalide</translation>
    </message>
    <message>
        <source>not valid TOML: {error}</source>
        <translation>TOML non valide : {error}</translation>
    </message>
    <message>
        <source>not valid TOML: nested too deeply</source>
        <translation>TOML non valide : imbrication trop profonde</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason})</source>
        <translation>{file} n’a pas pu être lu ({reason})</translation>
    </message>
    <message>
        <source>{problem}; defaults are in use.</source>
        <translation>{problem}&#xa0;; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>{problem} and could not be copied aside. {reason} Defaults are in use and the file will not be overwritten.</source>
        <translation>{problem} et n’a pas pu être mis de côté. {reason} Les valeurs par défaut sont utilisées et le fichier ne sera pas écrasé.</translation>
    </message>
    <message>
        <source>{problem}; a copy was saved as {copy} and defaults are in use.</source>
        <translation>{problem}&#xa0;; une copie a été enregistrée sous {copy} et les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <source>{file} was written by a newer spasmguard (settings version {version}, this one knows {target}); the settings it understands are used and the file is left unchanged.</source>
        <translation>{file} a été écrit par un spasmguard plus récent (version de paramètres {version}, celui-ci connaît la {target})&#xa0;; les paramètres qu’il comprend sont utilisés et le fichier reste inchangé.</translation>
    </message>
    <message>
        <source>{file} could not be upgraded from settings version {version} ({error}); defaults are in use and the file is left unchanged.</source>
        <translation>{file} n’a pas pu être mis à jour depuis la version de paramètres {version} ({error})&#xa0;; les valeurs par défaut sont utilisées et le fichier reste inchangé.</translation>
    </message>
    <message>
        <source>must be a whole number of 1 or more, got {value}; 1 is assumed</source>
        <translation>doit être un nombre entier de 1 ou plus, et non {value}&#xa0;; 1 est retenu</translation>
    </message>
    <message>
        <source>must be a table, got {value}</source>
        <translation>doit être une table, et non {value}</translation>
    </message>
    <message>
        <source>is not a habit (known habits: {habits})</source>
        <translation>n’est pas une habitude (habitudes connues&#xa0;: {habits})</translation>
    </message>
    <message>
        <source>is not a setting spasmguard knows (misspelt or misplaced?)</source>
        <translation>n’est pas un paramètre connu de spasmguard (faute de frappe ou mauvais endroit&#xa0;?)</translation>
    </message>
    <message>
        <source>{file} is from a newer spasmguard or could not be upgraded, so it is left unchanged.</source>
        <translation>{file} provient d’un spasmguard plus récent ou n’a pas pu être mis à jour ; il reste donc inchangé.</translation>
    </message>
    <message>
        <source>Could not save {file}: it could not be read ({reason}) and has not been copied aside, so it is left unchanged.</source>
        <translation>Impossible d’enregistrer {file} : il n’a pas pu être lu ({reason}) et n’a pas été mis de côté ; il reste donc inchangé.</translation>
    </message>
    <message>
        <source>Could not save {file}: it could not be updated ({error}).</source>
        <translation>Impossible d’enregistrer {file} : il n’a pas pu être mis à jour ({error}).</translation>
    </message>
    <message>
        <source>{file} is from a newer spasmguard, so it is left unchanged.</source>
        <translation>{file} provient d’un spasmguard plus récent ; il reste donc inchangé.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version et quitter</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide : %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont requis : %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite %r ignoré</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valide : %(value)r</translation>
    </message>
    <message>
        <source>{prog}: {problem} (see &apos;{prog} --help&apos;)</source>
        <translation>{prog}: {problem} (voir &apos;{prog} --help&apos;)</translation>
    </message>
    <message>
        <source>{name} must be a whole number from {low} to {high}, got &apos;{text}&apos;</source>
        <translation>{name} doit être un nombre entier de {low} à {high}, et non &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>pause length</source>
        <translation>la durée de la pause</translation>
    </message>
    <message>
        <source>A tray app that reminds you to check your posture, drink water, stretch and take stress breaks. Run without a command to start it.</source>
        <translation>Une application de la zone de notification qui vous rappelle de vérifier votre posture, de boire de l’eau, de vous étirer et de faire des pauses contre le stress. Lancez-la sans commande pour la démarrer.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>HABIT</source>
        <translation>HABITUDE</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <source>show the next reminder of each habit</source>
        <translation>afficher le prochain rappel de chaque habitude</translation>
    </message>
    <message>
        <source>print machine-readable JSON</source>
        <translation>écrire du JSON lisible par un programme</translation>
    </message>
    <message>
        <source>show a habit&apos;s reminder now</source>
        <translation>afficher maintenant le rappel d’une habitude</translation>
    </message>
    <message>
        <source>put off a habit&apos;s reminder for some minutes</source>
        <translation>reporter de quelques minutes le rappel d’une habitude</translation>
    </message>
    <message>
        <source>pause all reminders: {minutes}, &apos;tomorrow&apos; or &apos;off&apos;</source>
        <translation>mettre tous les rappels en pause : {minutes}, &apos;tomorrow&apos; ou &apos;off&apos;</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>terminer une pause</translation>
    </message>
    <message>
        <source>mark a habit done now (its timer restarts)</source>
        <translation>marquer une habitude comme faite (son minuteur repart de zéro)</translation>
    </message>
    <message>
        <source>count water you drank (default: one glass)</source>
        <translation>compter l’eau bue (par défaut : un verre)</translation>
    </message>
    <message>
        <source>ML</source>
        <translation>ML</translation>
    </message>
    <message>
        <source>open a window of the running app</source>
        <translation>ouvrir une fenêtre de l’application en cours</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>quitter l’application en cours</translation>
    </message>
    <message>
        <source>&apos;path&apos; prints where settings live; &apos;check&apos; validates</source>
        <translation>&apos;path&apos; indique où sont les paramètres ; &apos;check&apos; les vérifie</translation>
    </message>
    <message>
        <source>add spasmguard to your desktop&apos;s app menus</source>
        <translation>ajouter spasmguard aux menus d’applications de votre bureau</translation>
    </message>
    <message>
        <source>export or delete the history (app not needed)</source>
        <translation>exporter ou supprimer l’historique (l’application n’a pas besoin de tourner)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>write every event to {file}</source>
        <translation>écrire tous les événements dans {file}</translation>
    </message>
    <message>
        <source>the file to write (replaced if it exists), - for stdout</source>
        <translation>le fichier à écrire (remplacé s’il existe), - pour la sortie standard</translation>
    </message>
    <message>
        <source>delete every event (snoozes and pauses stay)</source>
        <translation>supprimer tous les événements (les reports et les pauses restent)</translation>
    </message>
    <message>
        <source>confirm: this cannot be undone</source>
        <translation>confirmer : c’est irréversible</translation>
    </message>
    <message>
        <source>spasmguard: unexpected error: {error}</source>
        <translation>spasmguard: erreur inattendue : {error}</translation>
    </message>
    <message>
        <source>spasmguard is not running.</source>
        <translation>spasmguard n’est pas lancé.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>not created yet (defaults in use)</source>
        <translation>pas encore créé (valeurs par défaut utilisées)</translation>
    </message>
    <message>
        <source>Problems in {file}: {count}; defaults are used for those keys.</source>
        <translation>Problèmes dans {file} : {count} ; les valeurs par défaut sont utilisées pour ces clés.</translation>
    </message>
    <message>
        <source>this deletes every event for good; add --yes to confirm.</source>
        <translation>cela supprime définitivement tous les événements ; ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <source>Events deleted: {count}.</source>
        <translation>Événements supprimés : {count}.</translation>
    </message>
    <message>
        <source>Events exported to {file}: {count}.</source>
        <translation>Événements exportés dans {file} : {count}.</translation>
    </message>
    <message>
        <source>installed {file}</source>
        <translation>{file} installé</translation>
    </message>
    <message>
        <source>{zone} (a fixed offset: no daylight-saving changes)</source>
        <translation>{zone} (décalage fixe : pas de changement d’heure)</translation>
    </message>
    <message>
        <source>Could not create the folder {folder}</source>
        <translation>Impossible de créer le dossier {folder}</translation>
    </message>
    <message>
        <source>Could not save {file}</source>
        <translation>Impossible d’enregistrer {file}</translation>
    </message>
    <message>
        <source>The previous file is unchanged.</source>
        <translation>Le fichier précédent est inchangé.</translation>
    </message>
    <message>
        <source>Could not write {file}</source>
        <translation>Impossible d’écrire {file}</translation>
    </message>
    <message>
        <source>{what}: {reason}.</source>
        <translation>{what} : {reason}.</translation>
    </message>
    <message>
        <source>{sentence} {more}</source>
        <translation>{sentence} {more}</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>il a été ouvert en lecture seule</translation>
    </message>
    <message>
        <source>{file} is not a complete spasmguard history yet</source>
        <translation>{file} n’est pas encore un historique spasmguard complet</translation>
    </message>
    <message>
        <source>{file} was written by an older spasmguard; start the app once to update it</source>
        <translation>{file} a été écrit par un spasmguard plus ancien ; lancez l’application une fois pour le mettre à jour</translation>
    </message>
    <message>
        <source>it was written by a newer spasmguard</source>
        <translation>il a été écrit par un spasmguard plus récent</translation>
    </message>
    <message>
        <source>{file} is not a spasmguard history database</source>
        <translation>{file} n’est pas une base d’historique spasmguard</translation>
    </message>
    <message>
        <source>{file} is open read-only: {reason}</source>
        <translation>{file} est ouvert en lecture seule : {reason}</translation>
    </message>
    <message>
        <source>could not open {file}: {reason}</source>
        <translation>impossible d’ouvrir {file} : {reason}</translation>
    </message>
    <message>
        <source>could not write to {file}: {reason}</source>
        <translation>impossible d’écrire dans {file} : {reason}</translation>
    </message>
    <message>
        <source>spasmguard is running.</source>
        <translation>spasmguard est lancé.</translation>
    </message>
    <message>
        <source>spasmguard is not running; times show when reminders would come if it started now.</source>
        <translation>spasmguard n’est pas lancé ; les heures indiquent quand viendraient les rappels s’il démarrait maintenant.</translation>
    </message>
    <message>
        <source>All reminders are paused until you resume them.</source>
        <translation>Tous les rappels sont en pause jusqu’à ce que vous les repreniez.</translation>
    </message>
    <message>
        <source>All reminders are paused until {time}.</source>
        <translation>Tous les rappels sont en pause jusqu’à {time}.</translation>
    </message>
    <message>
        <source>Times are in {zone}.</source>
        <translation>Heures dans le fuseau {zone}.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>every {minutes} min, not scheduled</source>
        <translation>toutes les {minutes} min, non planifié</translation>
    </message>
    <message>
        <source>every {minutes} min, next {time} (snoozed until {until})</source>
        <translation>toutes les {minutes} min, prochain : {time} (reporté à {until})</translation>
    </message>
    <message>
        <source>every {minutes} min, next {time}</source>
        <translation>toutes les {minutes} min, prochain : {time}</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>Cannot reach the running spasmguard: {reason}.</source>
        <translation>Impossible de joindre le spasmguard en cours&#xa0;:&#xa0;{reason}.</translation>
    </message>
    <message>
        <source>spasmguard did not answer in time.</source>
        <translation>spasmguard n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>spasmguard closed the connection without answering.</source>
        <translation>spasmguard a fermé la connexion sans répondre.</translation>
    </message>
    <message>
        <source>spasmguard sent a reply that cannot be read.</source>
        <translation>spasmguard a envoyé une réponse illisible.</translation>
    </message>
    <message>
        <source>The command failed.</source>
        <translation>La commande a échoué.</translation>
    </message>
    <message>
        <source>{problem} The new settings are in effect until spasmguard quits.</source>
        <translation>{problem} Les nouveaux paramètres s’appliquent jusqu’à la fermeture de spasmguard.</translation>
    </message>
    <message>
        <source>Start at login could not be switched on. {reason}</source>
        <translation>Impossible d’activer le lancement à l’ouverture de session. {reason}</translation>
    </message>
    <message>
        <source>Start at login could not be switched off. {reason}</source>
        <translation>Impossible de désactiver le lancement à l’ouverture de session. {reason}</translation>
    </message>
    <message>
        <source>Could not remove {file}: {reason}.</source>
        <translation>Impossible de supprimer {file} : {reason}.</translation>
    </message>
    <message>
        <source>logging to stderr, {error}</source>
        <translation>journal écrit sur stderr : {error}</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are not set); start it from your desktop session. The commands (spasmguard status, ...) work without one.</source>
        <translation>aucun affichage trouvé (DISPLAY et WAYLAND_DISPLAY ne sont pas définies) ; lancez-le depuis votre session de bureau. Les commandes (spasmguard status, ...) fonctionnent sans affichage.</translation>
    </message>
    <message>
        <source>cannot listen for commands at {path}: {error}</source>
        <translation>impossible de recevoir des commandes sur {path} : {error}</translation>
    </message>
    <message>
        <source>another copy holds the lock but does not answer.</source>
        <translation>une autre instance détient le verrou mais ne répond pas.</translation>
    </message>
    <message>
        <source>{error}; history is not saved this session.</source>
        <translation>{error} ; l’historique ne sera pas enregistré pendant cette session.</translation>
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
        <translation>{day}&#xa0;: {numbers}</translation>
    </message>
</context>
<context>
    <name>BreathCircle</name>
    <message>
        <source>A circle that grows as you breathe in and shrinks as you breathe out.</source>
        <translation>Un cercle qui grandit quand vous inspirez et rétrécit quand vous expirez.</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing break</source>
        <translation>Pause respiration</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Arrêter (Échap)</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bravo</translation>
    </message>
    <message>
        <source>Your breathing break is recorded as done.</source>
        <translation>Votre pause respiration est enregistrée comme faite.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Paused, {time} left</source>
        <translation>En pause, encore {time}</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Repre&amp;ndre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>Encore {time}</translation>
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
        <translation>{action} (Espace)</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspirez</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expirez</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>This desktop does not tell apps how long you have been idle.</source>
        <translation>Ce bureau n’indique pas aux applications depuis combien de temps vous êtes inactif.</translation>
    </message>
    <message>
        <source>This desktop does not tell apps when a window is fullscreen.</source>
        <translation>Ce bureau n’indique pas aux applications quand une fenêtre est en plein écran.</translation>
    </message>
    <message>
        <source>GNOME on Wayland does not tell apps when a window is fullscreen.</source>
        <translation>GNOME sous Wayland n’indique pas aux applications quand une fenêtre est en plein écran.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Unknown habit {habit!r}.</source>
        <translation>Habitude inconnue {habit!r}.</translation>
    </message>
    <message>
        <source>Showing the {title} reminder.</source>
        <translation>Affichage du rappel {title}.</translation>
    </message>
    <message>
        <source>Snooze length must be a whole number of minutes, 1 to {most}.</source>
        <translation>La durée du report doit être un nombre entier de minutes, de 1 à {most}.</translation>
    </message>
    <message>
        <source>{title} snoozed until {time}.</source>
        <translation>{title} reporté à {time}.</translation>
    </message>
    <message>
        <source>Pause length must be 1 to {most} minutes, &apos;tomorrow&apos; or &apos;off&apos;.</source>
        <translation>La durée de la pause doit être de 1 à {most} minutes, &apos;tomorrow&apos; ou &apos;off&apos;.</translation>
    </message>
    <message>
        <source>Reminders paused until you resume them.</source>
        <translation>Rappels en pause jusqu’à ce que vous les repreniez.</translation>
    </message>
    <message>
        <source>Reminders paused until {time}.</source>
        <translation>Rappels en pause jusqu’à {time}.</translation>
    </message>
    <message>
        <source>Reminders resumed.</source>
        <translation>Rappels repris.</translation>
    </message>
    <message>
        <source>{title}: done.</source>
        <translation>{title}&#xa0;: fait.</translation>
    </message>
    <message>
        <source>The amount must be a whole number of millilitres, 1 to {most}.</source>
        <translation>La quantité doit être un nombre entier de millilitres, de 1 à {most}.</translation>
    </message>
    <message>
        <source>Water today: {total} of {goal} ml.</source>
        <translation>Eau aujourd’hui&#xa0;: {total} sur {goal} ml.</translation>
    </message>
    <message>
        <source>Unknown window {name!r}.</source>
        <translation>Fenêtre inconnue {name!r}.</translation>
    </message>
    <message>
        <source>spasmguard is quitting.</source>
        <translation>spasmguard se ferme.</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>Some settings could not be used, so their defaults are in effect:</source>
        <translation>Certains paramètres n’ont pas pu être utilisés&#xa0;; leurs valeurs par défaut s’appliquent&#xa0;:</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>reporté</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>passé</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manqué</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Dernier jour (%n)</numerusform>
            <numerusform>%n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Période affichée</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Delete history…</source>
        <translation>&amp;Supprimer l’historique…</translation>
    </message>
    <message>
        <source>Charts by habit</source>
        <translation>Graphiques par habitude</translation>
    </message>
    <message>
        <source>answers per day</source>
        <translation>réponses par jour</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <source>water per day</source>
        <translation>eau par jour</translation>
    </message>
    <message>
        <source>water (dashed line: daily goal)</source>
        <translation>eau (ligne pointillée&#xa0;: objectif quotidien)</translation>
    </message>
    <message>
        <source>{title}: {what}</source>
        <translation>{title}&#xa0;: {what}</translation>
    </message>
    <message>
        <source>{title}: the numbers of each day</source>
        <translation>{title}&#xa0;: les chiffres de chaque jour</translation>
    </message>
    <message>
        <source>{summary} In this period: {totals}.</source>
        <translation>{summary} Sur cette période : {totals}.</translation>
    </message>
    <message>
        <source>Nothing recorded in this period</source>
        <translation>Rien d’enregistré sur cette période</translation>
    </message>
    <message>
        <source>Days in a row: {current} now, {best} at best</source>
        <translation>Jours d’affilée&#xa0;: {current} en cours, {best} au mieux</translation>
    </message>
    <message>
        <source>no answered reminders in this period</source>
        <translation>aucun rappel répondu sur cette période</translation>
    </message>
    <message>
        <source>done {percent} % of the times it was due</source>
        <translation>fait {percent}&#xa0;% des fois où il était prévu</translation>
    </message>
    <message numerus="yes">
        <source>Daily goal {goal} ml, reached on {met} of %n days.</source>
        <translation>
            <numerusform>Objectif quotidien {goal} ml, atteint {met} jour sur&#xa0;%n.</numerusform>
            <numerusform>Objectif quotidien {goal} ml, atteint {met} jours sur&#xa0;%n.</numerusform>
        </translation>
    </message>
    <message>
        <source>water</source>
        <translation>eau</translation>
    </message>
    <message>
        <source>No water recorded in this period</source>
        <translation>Aucune eau enregistrée sur cette période</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Export written to {path} (events: {count}).</source>
        <translation>Export écrit dans {path} (événements&#xa0;: {count}).</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>Échec de la suppression</translation>
    </message>
    <message>
        <source>History deleted (events removed: {count}).</source>
        <translation>Historique supprimé (événements supprimés&#xa0;: {count}).</translation>
    </message>
    <message>
        <source>Delete history?</source>
        <translation>Supprimer l’historique&#xa0;?</translation>
    </message>
    <message>
        <source>Delete every recorded reminder, answer and glass of water? Streaks start again from zero. This cannot be undone; export the history first to keep a copy.</source>
        <translation>Supprimer tous les rappels, réponses et verres d’eau enregistrés&#xa0;? Les séries repartent de zéro. Impossible d’annuler&#xa0;: exportez d’abord l’historique pour en garder une copie.</translation>
    </message>
    <message>
        <source>Delete history</source>
        <translation>Supprimer l’historique</translation>
    </message>
</context>
<context>
    <name>LiftingPanel</name>
    <message>
        <source>Safe lifting</source>
        <translation>Soulever sans risque</translation>
    </message>
    <message>
        <source>Lift safely, step by step</source>
        <translation>Soulever sans risque, étape par étape</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Don&apos;t</source>
        <translation>À éviter</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Quand consulter un professionnel</translation>
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
        <translation>&amp;Rappels et paramètres</translation>
    </message>
    <message>
        <source>Closing this window keeps your reminders running. To open it again, start spasmguard again from your application menu.</source>
        <translation>Fermer cette fenêtre laisse vos rappels actifs. Pour la rouvrir, relancez spasmguard depuis le menu des applications.</translation>
    </message>
    <message>
        <source>Your desktop shows no tray icons, so spasmguard has no icon in the top bar. This window stands in for it. It opens by itself this once only.</source>
        <translation>Votre bureau n’affiche pas d’icônes de notification, donc spasmguard n’a pas d’icône dans la barre du haut. Cette fenêtre la remplace. Elle ne s’ouvre d’elle-même que cette fois.</translation>
    </message>
    <message>
        <source>&amp;Add spasmguard to the application menu</source>
        <translation>&amp;Ajouter spasmguard au menu des applications</translation>
    </message>
    <message>
        <source>Added: spasmguard is now in your application menu.</source>
        <translation>Ajouté&#xa0;: spasmguard est maintenant dans le menu des applications.</translation>
    </message>
</context>
<context>
    <name>NotificationSender</name>
    <message>
        <source>Done</source>
        <extracomment>The longest close() holds the GUI thread at quit; a server slower than that is not waited for.</extracomment>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>+ a glass</source>
        <translation>+ un verre</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>Toutes les réponses</translation>
    </message>
    <message>
        <source>No D-Bus session bus is available.</source>
        <translation>Aucun bus de session D-Bus n’est disponible.</translation>
    </message>
    <message>
        <source>No notification server is running.</source>
        <translation>Aucun serveur de notifications n’est lancé.</translation>
    </message>
    <message>
        <source>The notification server cannot show buttons.</source>
        <translation>Le serveur de notifications ne peut pas afficher de boutons.</translation>
    </message>
    <message>
        <source>The notification server did not answer in time.</source>
        <translation>Le serveur de notifications n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The notification server refused it.</source>
        <translation>Le serveur de notifications l’a refusée.</translation>
    </message>
</context>
<context>
    <name>PostureCheck</name>
    <message>
        <source>Posture check</source>
        <translation>Contrôle de la posture</translation>
    </message>
    <message>
        <source>How are you sitting?</source>
        <translation>Comment êtes-vous assis&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>Save these answers; counts as a posture check done</source>
        <translation>Enregistrer ces réponses&#xa0;; compte comme un contrôle de posture fait</translation>
    </message>
    <message>
        <source>Your answers are kept, so this window can show what you miss most.</source>
        <translation>Vos réponses sont conservées, pour que cette fenêtre puisse montrer ce qui vous échappe le plus souvent.</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days: every item was right at every check.</source>
        <translation>
            <numerusform>Dernier jour (%n)&#xa0;: tout était correct à chaque contrôle.</numerusform>
            <numerusform>%n derniers jours&#xa0;: tout était correct à chaque contrôle.</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} ({missed} of {total} checks)</source>
        <translation>{title} ({missed} contrôles sur {total})</translation>
    </message>
    <message numerus="yes">
        <source>Most often missed in the last %n days: {items}.</source>
        <translation>
            <numerusform>Le plus souvent manqué le dernier jour (%n)&#xa0;: {items}.</numerusform>
            <numerusform>Le plus souvent manqué ces&#xa0;%n derniers jours&#xa0;: {items}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfessionalPanel</name>
    <message>
        <source>When to see a professional</source>
        <translation>Quand consulter un professionnel</translation>
    </message>
</context>
<context>
    <name>ReminderSession</name>
    <message>
        <source>Welcome back - you were away {duration}.</source>
        <extracomment>The plan, the state or &quot;do not disturb&quot; changed: the views refresh. Show the app&apos;s own reminder window for this habit, with this text. The habit&apos;s reminder was settled elsewhere: withdraw its reminder window, if one is open. Open (or raise) the window of this name, one of OPEN_WINDOWS, with the launcher&apos;s activation tokens (a mapping, empty unless a command forwarded them).</extracomment>
        <translation>Bon retour – vous étiez absent pendant {duration}.</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
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
        <translation>Rappel&#xa0;: {title}</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Start the guided break</source>
        <translation>Commencer la pause guidée</translation>
    </message>
    <message>
        <source>+ a &amp;glass</source>
        <translation>+ un &amp;verre</translation>
    </message>
    <message>
        <source>Add a glass</source>
        <translation>Ajouter un verre</translation>
    </message>
    <message>
        <source>I drank a glass of water: count it, and this reminder as done</source>
        <translation>J’ai bu un verre d’eau&#xa0;: le compter, et ce rappel comme fait</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fait</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>I did it</source>
        <translation>C’est fait</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Reporter</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Remind me again later</source>
        <translation>Me le rappeler plus tard</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Not this time</source>
        <translation>Pas cette fois</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
</context>
<context>
    <name>SafetyBlocks</name>
    <message>
        <source>Caution</source>
        <translation>Prudence</translation>
    </message>
</context>
<context>
    <name>SafetyLinks</name>
    <message>
        <source>Warning si&amp;gns…</source>
        <translation>Signes d’&amp;alerte…</translation>
    </message>
    <message>
        <source>&amp;If your back is in spasm now…</source>
        <translation>&amp;Si votre dos est en spasme maintenant…</translation>
    </message>
    <message>
        <source>When to see a professional, and when to get help now</source>
        <translation>Quand consulter un professionnel, et quand obtenir de l’aide tout de suite</translation>
    </message>
    <message>
        <source>What to do while your back is in spasm</source>
        <translation>Que faire pendant que votre dos est en spasme</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Leave empty for rotating tips</source>
        <translation>Laisser vide pour des conseils qui alternent</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>Notification du bureau</translation>
    </message>
    <message>
        <source>spasmguard&apos;s own window</source>
        <translation>Fenêtre de spasmguard</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Heures de travail</translation>
    </message>
    <message>
        <source>spasmguard settings</source>
        <translation>Paramètres de spasmguard</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sections des paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Use the general setting</source>
        <translation>Utiliser le réglage général</translation>
    </message>
    <message>
        <source>While checked, the General tab&apos;s value is used.</source>
        <translation>Tant que la case est cochée, la valeur de l’onglet Général s’applique.</translation>
    </message>
    <message>
        <source>Start at login not changed</source>
        <translation>Lancement à l’ouverture de session inchangé</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <source>{tab}, {title}: {problem}</source>
        <translation>{tab}, {title}&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>StretchSession</name>
    <message>
        <source>Stretch break</source>
        <translation>Pause étirements</translation>
    </message>
    <message>
        <source>{minutes} min: {title}</source>
        <translation>{minutes} min&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Enchaînement</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>&amp;Enchaînement&#xa0;:</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Temps restant pour cette étape</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>Progression de l’enchaînement</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Pré&amp;cédent</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Passe&amp;r</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>Routine complete</source>
        <translation>Enchaînement terminé</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Bravo&#xa0;!</translation>
    </message>
    <message>
        <source>Your stretch break is recorded as done.</source>
        <translation>Votre pause étirements est enregistrée comme faite.</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Étape {number} sur {count}</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Repre&amp;ndre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
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
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>SvgView</name>
    <message>
        <source>Drawing: {title}</source>
        <translation>Dessin : {title}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>spasmguard: paused until {time}</source>
        <translation>spasmguard&#xa0;: en pause jusqu’à {time}</translation>
    </message>
    <message>
        <source>spasmguard: paused</source>
        <translation>spasmguard&#xa0;: en pause</translation>
    </message>
    <message>
        <source>spasmguard: next, {title} at {time}</source>
        <translation>spasmguard&#xa0;: ensuite, {title} à {time}</translation>
    </message>
    <message>
        <source>spasmguard: no reminders scheduled</source>
        <translation>spasmguard&#xa0;: aucun rappel prévu</translation>
    </message>
    <message>
        <source>Water today: {drunk} of {goal} ml</source>
        <translation>Eau aujourd’hui&#xa0;: {drunk} sur {goal} ml</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>30 minutes</source>
        <translation>30 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 heures</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Jusqu’à demain</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>Jusqu’à ce que je reprenne</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <source>Until I turn it off</source>
        <translation>Jusqu’à ce que je le désactive</translation>
    </message>
    <message>
        <source>I drank a glass of water  ({drunk} / {goal} ml)</source>
        <translation>J’ai bu un verre d’eau  ({drunk} / {goal} ml)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Q&amp;uitter</translation>
    </message>
    <message>
        <source>All reminders are switched off</source>
        <translation>Tous les rappels sont désactivés</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>non prévu</translation>
    </message>
    <message>
        <source>snoozed until {time}</source>
        <translation>reporté à {time}</translation>
    </message>
    <message>
        <source>next {time}</source>
        <translation>prévu {time}</translation>
    </message>
    <message>
        <source>Show this reminder now</source>
        <translation>Afficher ce rappel maintenant</translation>
    </message>
    <message>
        <source>S&amp;tretch break…</source>
        <translation>Pause é&amp;tirements…</translation>
    </message>
    <message>
        <source>&amp;Breathing break…</source>
        <translation>Pause &amp;respiration…</translation>
    </message>
    <message>
        <source>Posture chec&amp;k…</source>
        <translation>&amp;Contrôle de la posture…</translation>
    </message>
    <message>
        <source>&amp;Lifting technique…</source>
        <translation>Technique de &amp;levage…</translation>
    </message>
    <message>
        <source>&amp;If your back is in spasm now…</source>
        <translation>&amp;Si votre dos est en spasme maintenant…</translation>
    </message>
    <message>
        <source>&amp;When to see a professional…</source>
        <translation>&amp;Quand consulter un professionnel…</translation>
    </message>
    <message>
        <source>W&amp;elcome tour…</source>
        <translation>Visite de &amp;bienvenue…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Turn off &amp;do not disturb (on until {time})</source>
        <translation>Désactiver «&#xa0;&amp;ne pas déranger&#xa0;» (actif jusqu’à {time})</translation>
    </message>
    <message>
        <source>Turn off &amp;do not disturb</source>
        <translation>Désactiver «&#xa0;&amp;ne pas déranger&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>&amp;Ne pas déranger</translation>
    </message>
    <message>
        <source>&amp;Resume reminders (paused until {time})</source>
        <translation>R&amp;eprendre les rappels (en pause jusqu’à {time})</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>R&amp;eprendre les rappels</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>&amp;Mettre les rappels en pause</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome to spasmguard</source>
        <translation>Bienvenue dans spasmguard</translation>
    </message>
    <message>
        <source>spasmguard reminds you, during your working hours, of four everyday habits that can help prevent back spasms:</source>
        <translation>Pendant vos heures de travail, spasmguard vous rappelle quatre habitudes du quotidien qui peuvent aider à prévenir les spasmes du dos&#xa0;:</translation>
    </message>
    <message>
        <source>Away from the desk, walking, swimming and cycling are gentle ways to stay fit that can help your back too.</source>
        <translation>Loin du bureau, la marche, la natation et le vélo sont des façons douces de rester en forme qui peuvent aussi aider votre dos.</translation>
    </message>
    <message>
        <source>When reminders come</source>
        <translation>Quand les rappels arrivent</translation>
    </message>
    <message>
        <source>Working days, your own reminder texts and the rest are in Settings, in the tray menu. This welcome is there too, as Welcome tour.</source>
        <translation>Les jours de travail, vos propres textes de rappel et le reste se trouvent dans Paramètres, dans le menu de la zone de notification. Cette présentation s’y trouve aussi, sous Visite de bienvenue.</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Début des heures de travail</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Fin des heures de travail</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Working hours</source>
        <translation>&amp;Heures de travail</translation>
    </message>
    <message>
        <source>{title}: every</source>
        <translation>{title}&#xa0;: toutes les</translation>
    </message>
    <message>
        <source>{title}, every</source>
        <translation>{title}, toutes les</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>&amp;Enregistrer et commencer</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <source>Keep the settings as they are</source>
        <translation>Garder les paramètres tels quels</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
</context>
<context>
    <name>_Drawing</name>
    <message>
        <source>Drawing: {title}</source>
        <translation>Dessin : {title}</translation>
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
        <translation>La requête est trop grande.</translation>
    </message>
    <message>
        <source>Unknown command: %s.</source>
        <translation>Commande inconnue&#xa0;:&#xa0;%s.</translation>
    </message>
    <message>
        <source>The command failed inside spasmguard; see its log for details.</source>
        <translation>La commande a échoué dans spasmguard&#xa0;; voir son journal pour les détails.</translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation>La requête n’est pas du JSON valide.</translation>
    </message>
    <message>
        <source>The request must be a JSON object.</source>
        <translation>La requête doit être un objet JSON.</translation>
    </message>
    <message>
        <source>The request needs a text &quot;cmd&quot; and an object &quot;args&quot;.</source>
        <translation>La requête doit avoir un texte «&#xa0;cmd&#xa0;» et un objet «&#xa0;args&#xa0;».</translation>
    </message>
</context>
</TS>
