<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>must be true or false, got {value}</source>
        <translation>debe ser true o false, pero es {value}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}, got {value}</source>
        <translation>debe ser un número entero de {low} a {high}, pero es {value}</translation>
    </message>
    <message>
        <source>must be text, got {value}</source>
        <translation>debe ser texto, pero es {value}</translation>
    </message>
    <message>
        <source>must be at most {most} characters long, got {length} characters</source>
        <translation>debe tener como máximo {most} caracteres, pero tiene {length}</translation>
    </message>
    <message>
        <source>must be one of {allowed}, got {value}</source>
        <translation>debe ser uno de {allowed}, pero es {value}</translation>
    </message>
    <message>
        <source>must be a time of day like &quot;09:00&quot; (00:00 to 23:59), got {value}</source>
        <translation>debe ser una hora como &quot;09:00&quot; (de 00:00 a 23:59), pero es {value}</translation>
    </message>
    <message>
        <source>must be a list of day names ({allowed}), got {value}</source>
        <translation>debe ser una lista de nombres de días ({allowed}), pero es {value}</translation>
    </message>
    <message>
        <source>must name at least one day (to stop reminders, set enabled = false)</source>
        <translation>debe indicar al menos un día (para desactivar los recordatorios: enabled = false)</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Inicio de la jornada</translation>
    </message>
    <message>
        <source>Reminders come only between the start and end of your working hours.</source>
        <translation>Los recordatorios solo llegan entre el inicio y el final de tu jornada.</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Fin de la jornada</translation>
    </message>
    <message>
        <source>End of your working hours; an end before the start means the hours run past midnight.</source>
        <translation>Final de tu jornada; si el final es anterior al inicio, la jornada pasa de la medianoche.</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Días laborables</translation>
    </message>
    <message>
        <source>The days of the week on which reminders come.</source>
        <translation>Los días de la semana en que llegan recordatorios.</translation>
    </message>
    <message>
        <source>Snooze (minutes)</source>
        <translation>Posponer (minutos)</translation>
    </message>
    <message>
        <source>How long the Snooze button postpones a reminder.</source>
        <translation>Cuánto tiempo pospone un recordatorio el botón «Más tarde».</translation>
    </message>
    <message>
        <source>Reminder style</source>
        <translation>Tipo de recordatorio</translation>
    </message>
    <message>
        <source>How reminders appear: &quot;desktop&quot; notifications, or spasmguard&apos;s own &quot;window&quot;.</source>
        <translation>Cómo aparecen los recordatorios: como notificaciones del escritorio («desktop») o en una ventana propia de spasmguard («window»).</translation>
    </message>
    <message>
        <source>Reminder window time (seconds)</source>
        <translation>Tiempo de la ventana (segundos)</translation>
    </message>
    <message>
        <source>How long spasmguard&apos;s own reminder window stays before the reminder counts as missed.</source>
        <translation>Cuánto tiempo permanece abierta la ventana de recordatorio de spasmguard antes de que el recordatorio cuente como perdido.</translation>
    </message>
    <message>
        <source>Away counts as a break after (minutes)</source>
        <translation>La ausencia cuenta como pausa tras (minutos)</translation>
    </message>
    <message>
        <source>After this long without keyboard or mouse input you count as away: posture and stretch timers restart when you are back, and reminders due meanwhile wait for your return.</source>
        <translation>Tras este tiempo sin usar el teclado ni el ratón se te considera ausente: los tiempos de postura y estiramiento vuelven a empezar cuando regresas, y los recordatorios pendientes esperan a tu vuelta.</translation>
    </message>
    <message>
        <source>Hold reminders during fullscreen</source>
        <translation>Retener recordatorios en pantalla completa</translation>
    </message>
    <message>
        <source>While the active window is fullscreen (a video, a presentation, a game), reminders wait and then come once, together.</source>
        <translation>Mientras la ventana activa esté en pantalla completa (un vídeo, una presentación, un juego), los recordatorios esperan y después llegan una sola vez, juntos.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar con la sesión</translation>
    </message>
    <message>
        <source>Start spasmguard automatically when you log in to your desktop.</source>
        <translation>Iniciar spasmguard automáticamente cuando inicias sesión en el escritorio.</translation>
    </message>
    <message>
        <source>Daily water goal (ml)</source>
        <translation>Meta diaria de agua (ml)</translation>
    </message>
    <message>
        <source>How much water you aim to drink each day, unless a doctor has told you to limit fluids.</source>
        <translation>Cuánta agua quieres beber cada día, salvo que un médico te haya dicho que limites los líquidos.</translation>
    </message>
    <message>
        <source>Glass size (ml)</source>
        <translation>Tamaño del vaso (ml)</translation>
    </message>
    <message>
        <source>How much one logged drink counts for.</source>
        <translation>Cuánto cuenta cada vaso que anotas.</translation>
    </message>
    <message>
        <source>Stop water reminders at the goal</source>
        <translation>Parar los avisos de agua al llegar a la meta</translation>
    </message>
    <message>
        <source>When today&apos;s water reaches the daily goal, hydration reminders stop until the next day.</source>
        <translation>Cuando el agua de hoy alcanza la meta diaria, los recordatorios de beber agua se detienen hasta el día siguiente.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of menus, windows, reminder texts and guides; windows that are open change when they are opened again.</source>
        <translation>El idioma de menús, ventanas, recordatorios y guías; las ventanas abiertas cambian cuando se vuelven a abrir.</translation>
    </message>
    <message>
        <source>Chime between stretches</source>
        <translation>Sonido entre estiramientos</translation>
    </message>
    <message>
        <source>Sound the system&apos;s alert sound when a guided stretch moves on to its next step.</source>
        <translation>Reproducir el sonido de aviso del sistema cuando un estiramiento guiado pasa al paso siguiente.</translation>
    </message>
    <message>
        <source>Breathe in (seconds)</source>
        <translation>Inspirar (segundos)</translation>
    </message>
    <message>
        <source>How long each breath in lasts in a guided breathing break.</source>
        <translation>Cuánto dura cada inspiración en una pausa de respiración guiada.</translation>
    </message>
    <message>
        <source>Breathe out (seconds)</source>
        <translation>Espirar (segundos)</translation>
    </message>
    <message>
        <source>How long each breath out lasts in a guided breathing break.</source>
        <translation>Cuánto dura cada espiración en una pausa de respiración guiada.</translation>
    </message>
    <message>
        <source>Breathing break (minutes)</source>
        <translation>Pausa de respiración (minutos)</translation>
    </message>
    <message>
        <source>How long a guided breathing break lasts; it ends after a full breath out.</source>
        <translation>Cuánto dura una pausa de respiración guiada; termina tras una espiración completa.</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Whether this reminder comes at all.</source>
        <translation>Si este recordatorio aparece o no.</translation>
    </message>
    <message>
        <source>Every (minutes)</source>
        <translation>Cada (minutos)</translation>
    </message>
    <message>
        <source>Minutes between two reminders of this habit.</source>
        <translation>Minutos entre dos recordatorios de este hábito.</translation>
    </message>
    <message>
        <source>Your own reminder text</source>
        <translation>Tu propio texto</translation>
    </message>
    <message>
        <source>When not blank, this text is shown instead of the rotating reminder texts.</source>
        <translation>Si no está vacío, se muestra este texto en lugar de los textos que van rotando.</translation>
    </message>
    <message>
        <source>Own working hours start</source>
        <translation>Inicio de jornada propio</translation>
    </message>
    <message>
        <source>Start of this habit&apos;s own hours; leave it out to use the general working hours.</source>
        <translation>Inicio del horario propio de este hábito; sin valor se usa la jornada general.</translation>
    </message>
    <message>
        <source>Own working hours end</source>
        <translation>Fin de jornada propio</translation>
    </message>
    <message>
        <source>End of this habit&apos;s own hours; leave it out to use the general working hours.</source>
        <translation>Final del horario propio de este hábito; sin valor se usa la jornada general.</translation>
    </message>
    <message>
        <source>Own working days</source>
        <translation>Días laborables propios</translation>
    </message>
    <message>
        <source>The days this habit reminds you on; leave it out to use the general working days.</source>
        <translation>Los días en que este hábito te lo recuerda; sin valor se usan los días laborables generales.</translation>
    </message>
    <message>
        <source>not UTF-8 text: byte {byte} is invalid</source>
        <translation>no es texto UTF-8: el byte {byte} no es válido</translation>
    </message>
    <message>
        <source>not valid TOML: {error}</source>
        <translation>no es TOML válido: {error}</translation>
    </message>
    <message>
        <source>not valid TOML: nested too deeply</source>
        <translation>no es TOML válido: demasiados niveles de anidamiento</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason})</source>
        <translation>no se pudo leer {file} ({reason})</translation>
    </message>
    <message>
        <source>{problem}; defaults are in use.</source>
        <translation>{problem}; se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>{problem} and could not be copied aside. {reason} Defaults are in use and the file will not be overwritten.</source>
        <translation>{problem} y no se pudo guardar una copia aparte. {reason} Se usan los valores predeterminados y el archivo no se sobrescribirá.</translation>
    </message>
    <message>
        <source>{problem}; a copy was saved as {copy} and defaults are in use.</source>
        <translation>{problem}; se guardó una copia como {copy} y se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>{file} was written by a newer spasmguard (settings version {version}, this one knows {target}); the settings it understands are used and the file is left unchanged.</source>
        <translation>{file} lo escribió un spasmguard más reciente (versión de configuración {version}; esta conoce la {target}); se usan los ajustes que entiende y el archivo no se modifica.</translation>
    </message>
    <message>
        <source>{file} could not be upgraded from settings version {version} ({error}); defaults are in use and the file is left unchanged.</source>
        <translation>no se pudo actualizar {file} desde la versión de configuración {version} ({error}); se usan los valores predeterminados y el archivo no se modifica.</translation>
    </message>
    <message>
        <source>must be a whole number of 1 or more, got {value}; 1 is assumed</source>
        <translation>debe ser un número entero de 1 o más, pero es {value}; se usará 1</translation>
    </message>
    <message>
        <source>must be a table, got {value}</source>
        <translation>debe ser una tabla, pero es {value}</translation>
    </message>
    <message>
        <source>is not a habit (known habits: {habits})</source>
        <translation>no es un hábito (hábitos conocidos: {habits})</translation>
    </message>
    <message>
        <source>is not a setting spasmguard knows (misspelt or misplaced?)</source>
        <translation>no es un ajuste que spasmguard conozca (¿mal escrito o en otro sitio?)</translation>
    </message>
    <message>
        <source>{file} is from a newer spasmguard or could not be upgraded, so it is left unchanged.</source>
        <translation>{file} es de un spasmguard más reciente o no se pudo actualizar, así que se deja sin cambios.</translation>
    </message>
    <message>
        <source>Could not save {file}: it could not be read ({reason}) and has not been copied aside, so it is left unchanged.</source>
        <translation>No se pudo guardar {file}: no se pudo leer ({reason}) y no se ha guardado una copia aparte, así que se deja sin cambios.</translation>
    </message>
    <message>
        <source>Could not save {file}: it could not be updated ({error}).</source>
        <translation>No se pudo guardar {file}: no se pudo actualizar ({error}).</translation>
    </message>
    <message>
        <source>{file} is from a newer spasmguard, so it is left unchanged.</source>
        <translation>{file} es de un spasmguard más reciente, así que se deja sin cambios.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar el número de versión y salir</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>se requieren los siguientes argumentos: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como máximo un argumento</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>se ignora el argumento explícito %r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría ser %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>{prog}: {problem} (see &apos;{prog} --help&apos;)</source>
        <translation>{prog}: {problem} (consulta &apos;{prog} --help&apos;)</translation>
    </message>
    <message>
        <source>{name} must be a whole number from {low} to {high}, got &apos;{text}&apos;</source>
        <translation>{name} debe ser un número entero de {low} a {high}, pero es &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>pause length</source>
        <translation>la duración de la pausa</translation>
    </message>
    <message>
        <source>A tray app that reminds you to check your posture, drink water, stretch and take stress breaks. Run without a command to start it.</source>
        <translation>Una aplicación de la bandeja que te recuerda revisar tu postura, beber agua, estirarte y hacer pausas contra el estrés. Ejecútala sin ningún comando para iniciarla.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMANDO</translation>
    </message>
    <message>
        <source>HABIT</source>
        <translation>HÁBITO</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTOS</translation>
    </message>
    <message>
        <source>show the next reminder of each habit</source>
        <translation>mostrar el próximo recordatorio de cada hábito</translation>
    </message>
    <message>
        <source>print machine-readable JSON</source>
        <translation>imprimir JSON legible por máquinas</translation>
    </message>
    <message>
        <source>show a habit&apos;s reminder now</source>
        <translation>mostrar ahora el recordatorio de un hábito</translation>
    </message>
    <message>
        <source>put off a habit&apos;s reminder for some minutes</source>
        <translation>posponer unos minutos el recordatorio de un hábito</translation>
    </message>
    <message>
        <source>pause all reminders: {minutes}, &apos;tomorrow&apos; or &apos;off&apos;</source>
        <translation>pausar todos los recordatorios: {minutes}, &apos;tomorrow&apos; u &apos;off&apos;</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>terminar una pausa</translation>
    </message>
    <message>
        <source>mark a habit done now (its timer restarts)</source>
        <translation>marcar un hábito como hecho (su temporizador vuelve a empezar)</translation>
    </message>
    <message>
        <source>count water you drank (default: one glass)</source>
        <translation>contar el agua que bebiste (por defecto: un vaso)</translation>
    </message>
    <message>
        <source>ML</source>
        <translation>ML</translation>
    </message>
    <message>
        <source>open a window of the running app</source>
        <translation>abrir una ventana de la aplicación en marcha</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>cerrar la aplicación en marcha</translation>
    </message>
    <message>
        <source>&apos;path&apos; prints where settings live; &apos;check&apos; validates</source>
        <translation>&apos;path&apos; muestra dónde está la configuración; &apos;check&apos; la comprueba</translation>
    </message>
    <message>
        <source>add spasmguard to your desktop&apos;s app menus</source>
        <translation>añadir spasmguard a los menús de aplicaciones de tu escritorio</translation>
    </message>
    <message>
        <source>export or delete the history (app not needed)</source>
        <translation>exportar o borrar el historial (no hace falta la aplicación)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>write every event to {file}</source>
        <translation>escribir todos los eventos en {file}</translation>
    </message>
    <message>
        <source>the file to write (replaced if it exists), - for stdout</source>
        <translation>el archivo que se escribirá (se reemplaza si existe), - para la salida estándar</translation>
    </message>
    <message>
        <source>delete every event (snoozes and pauses stay)</source>
        <translation>borrar todos los eventos (los aplazamientos y las pausas se mantienen)</translation>
    </message>
    <message>
        <source>confirm: this cannot be undone</source>
        <translation>confirmar: no se puede deshacer</translation>
    </message>
    <message>
        <source>spasmguard: unexpected error: {error}</source>
        <translation>spasmguard: error inesperado: {error}</translation>
    </message>
    <message>
        <source>spasmguard is not running.</source>
        <translation>spasmguard no está en marcha.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>not created yet (defaults in use)</source>
        <translation>aún no creado (se usan los valores predeterminados)</translation>
    </message>
    <message>
        <source>Problems in {file}: {count}; defaults are used for those keys.</source>
        <translation>Problemas en {file}: {count}; para esas claves se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>this deletes every event for good; add --yes to confirm.</source>
        <translation>esto borra todos los eventos para siempre; añade --yes para confirmar.</translation>
    </message>
    <message>
        <source>Events deleted: {count}.</source>
        <translation>Eventos borrados: {count}.</translation>
    </message>
    <message>
        <source>Events exported to {file}: {count}.</source>
        <translation>Eventos exportados a {file}: {count}.</translation>
    </message>
    <message>
        <source>installed {file}</source>
        <translation>se instaló {file}</translation>
    </message>
    <message>
        <source>{zone} (a fixed offset: no daylight-saving changes)</source>
        <translation>{zone} (un desfase fijo: sin cambios de horario de verano)</translation>
    </message>
    <message>
        <source>Could not create the folder {folder}</source>
        <translation>No se pudo crear la carpeta {folder}</translation>
    </message>
    <message>
        <source>Could not save {file}</source>
        <translation>No se pudo guardar {file}</translation>
    </message>
    <message>
        <source>The previous file is unchanged.</source>
        <translation>El archivo anterior no ha cambiado.</translation>
    </message>
    <message>
        <source>Could not write {file}</source>
        <translation>No se pudo escribir {file}</translation>
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
        <translation>se abrió solo para lectura</translation>
    </message>
    <message>
        <source>{file} is not a complete spasmguard history yet</source>
        <translation>{file} aún no es un historial completo de spasmguard</translation>
    </message>
    <message>
        <source>{file} was written by an older spasmguard; start the app once to update it</source>
        <translation>{file} lo escribió un spasmguard más antiguo; inicia la aplicación una vez para actualizarlo</translation>
    </message>
    <message>
        <source>it was written by a newer spasmguard</source>
        <translation>lo escribió un spasmguard más reciente</translation>
    </message>
    <message>
        <source>{file} is not a spasmguard history database</source>
        <translation>{file} no es una base de datos de historial de spasmguard</translation>
    </message>
    <message>
        <source>{file} is open read-only: {reason}</source>
        <translation>{file} está abierto solo para lectura: {reason}</translation>
    </message>
    <message>
        <source>could not open {file}: {reason}</source>
        <translation>no se pudo abrir {file}: {reason}</translation>
    </message>
    <message>
        <source>could not write to {file}: {reason}</source>
        <translation>no se pudo escribir en {file}: {reason}</translation>
    </message>
    <message>
        <source>spasmguard is running.</source>
        <translation>spasmguard está en marcha.</translation>
    </message>
    <message>
        <source>spasmguard is not running; times show when reminders would come if it started now.</source>
        <translation>spasmguard no está en marcha; las horas indican cuándo llegarían los recordatorios si se iniciara ahora.</translation>
    </message>
    <message>
        <source>All reminders are paused until you resume them.</source>
        <translation>Todos los recordatorios están en pausa hasta que los reanudes.</translation>
    </message>
    <message>
        <source>All reminders are paused until {time}.</source>
        <translation>Todos los recordatorios están en pausa hasta {time}.</translation>
    </message>
    <message>
        <source>Times are in {zone}.</source>
        <translation>Horas en la zona {zone}.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>every {minutes} min, not scheduled</source>
        <translation>cada {minutes} min, sin programar</translation>
    </message>
    <message>
        <source>every {minutes} min, next {time} (snoozed until {until})</source>
        <translation>cada {minutes} min, próximo: {time} (pospuesto hasta {until})</translation>
    </message>
    <message>
        <source>every {minutes} min, next {time}</source>
        <translation>cada {minutes} min, próximo: {time}</translation>
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
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
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
        <translation>No se puede contactar con el spasmguard en marcha: {reason}.</translation>
    </message>
    <message>
        <source>spasmguard did not answer in time.</source>
        <translation>spasmguard no respondió a tiempo.</translation>
    </message>
    <message>
        <source>spasmguard closed the connection without answering.</source>
        <translation>spasmguard cerró la conexión sin responder.</translation>
    </message>
    <message>
        <source>spasmguard sent a reply that cannot be read.</source>
        <translation>spasmguard envió una respuesta que no se puede leer.</translation>
    </message>
    <message>
        <source>The command failed.</source>
        <translation>El comando falló.</translation>
    </message>
    <message>
        <source>{problem} The new settings are in effect until spasmguard quits.</source>
        <translation>{problem} Los nuevos ajustes se aplican hasta que spasmguard se cierre.</translation>
    </message>
    <message>
        <source>Start at login could not be switched on. {reason}</source>
        <translation>No se pudo activar el inicio al iniciar sesión. {reason}</translation>
    </message>
    <message>
        <source>Start at login could not be switched off. {reason}</source>
        <translation>No se pudo desactivar el inicio al iniciar sesión. {reason}</translation>
    </message>
    <message>
        <source>Could not remove {file}: {reason}.</source>
        <translation>No se pudo eliminar {file}: {reason}.</translation>
    </message>
    <message>
        <source>logging to stderr, {error}</source>
        <translation>el registro va a stderr: {error}</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are not set); start it from your desktop session. The commands (spasmguard status, ...) work without one.</source>
        <translation>no se encontró ninguna pantalla (DISPLAY y WAYLAND_DISPLAY no están definidas); inícialo desde tu sesión de escritorio. Los comandos (spasmguard status, ...) funcionan sin ella.</translation>
    </message>
    <message>
        <source>cannot listen for commands at {path}: {error}</source>
        <translation>no se pueden recibir comandos en {path}: {error}</translation>
    </message>
    <message>
        <source>another copy holds the lock but does not answer.</source>
        <translation>otra instancia tiene el bloqueo pero no responde.</translation>
    </message>
    <message>
        <source>{error}; history is not saved this session.</source>
        <translation>{error}; el historial no se guardará en esta sesión.</translation>
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
        <translation>Un círculo que crece al inspirar y se encoge al espirar.</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing break</source>
        <translation>Pausa de respiración</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Detener (Esc)</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bien hecho</translation>
    </message>
    <message>
        <source>Your breathing break is recorded as done.</source>
        <translation>Tu pausa de respiración queda anotada como hecha.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Paused, {time} left</source>
        <translation>En pausa, quedan {time}</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Co&amp;ntinuar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>quedan {time}</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>{action} (Space)</source>
        <translation>{action} (Espacio)</translation>
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
        <translation>Este escritorio no informa a las aplicaciones de cuánto tiempo llevas inactivo.</translation>
    </message>
    <message>
        <source>This desktop does not tell apps when a window is fullscreen.</source>
        <translation>Este escritorio no informa a las aplicaciones de cuándo una ventana está en pantalla completa.</translation>
    </message>
    <message>
        <source>GNOME on Wayland does not tell apps when a window is fullscreen.</source>
        <translation>GNOME en Wayland no informa a las aplicaciones de cuándo una ventana está en pantalla completa.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Unknown habit {habit!r}.</source>
        <translation>Hábito desconocido {habit!r}.</translation>
    </message>
    <message>
        <source>Showing the {title} reminder.</source>
        <translation>Mostrando el recordatorio «{title}».</translation>
    </message>
    <message>
        <source>Snooze length must be a whole number of minutes, 1 to {most}.</source>
        <translation>El aplazamiento debe ser un número entero de minutos, de 1 a {most}.</translation>
    </message>
    <message>
        <source>{title} snoozed until {time}.</source>
        <translation>{title}: pospuesto hasta {time}.</translation>
    </message>
    <message>
        <source>Pause length must be 1 to {most} minutes, &apos;tomorrow&apos; or &apos;off&apos;.</source>
        <translation>La pausa debe durar de 1 a {most} minutos, o ser &apos;tomorrow&apos; u &apos;off&apos;.</translation>
    </message>
    <message>
        <source>Reminders paused until you resume them.</source>
        <translation>Recordatorios en pausa hasta que los reanudes.</translation>
    </message>
    <message>
        <source>Reminders paused until {time}.</source>
        <translation>Recordatorios en pausa hasta {time}.</translation>
    </message>
    <message>
        <source>Reminders resumed.</source>
        <translation>Recordatorios reanudados.</translation>
    </message>
    <message>
        <source>{title}: done.</source>
        <translation>{title}: hecho.</translation>
    </message>
    <message>
        <source>The amount must be a whole number of millilitres, 1 to {most}.</source>
        <translation>La cantidad debe ser un número entero de mililitros, de 1 a {most}.</translation>
    </message>
    <message>
        <source>Water today: {total} of {goal} ml.</source>
        <translation>Agua hoy: {total} de {goal} ml.</translation>
    </message>
    <message>
        <source>Unknown window {name!r}.</source>
        <translation>Ventana desconocida {name!r}.</translation>
    </message>
    <message>
        <source>spasmguard is quitting.</source>
        <translation>spasmguard se está cerrando.</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>Some settings could not be used, so their defaults are in effect:</source>
        <translation>Algunos ajustes no se pudieron usar, así que se aplican sus valores predeterminados:</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>pospuesto</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdido</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Último %n día</numerusform>
            <numerusform>Últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Periodo mostrado</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Delete history…</source>
        <translation>&amp;Borrar historial…</translation>
    </message>
    <message>
        <source>Charts by habit</source>
        <translation>Gráficos por hábito</translation>
    </message>
    <message>
        <source>answers per day</source>
        <translation>respuestas por día</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <source>water per day</source>
        <translation>agua por día</translation>
    </message>
    <message>
        <source>water (dashed line: daily goal)</source>
        <translation>agua (línea discontinua: meta diaria)</translation>
    </message>
    <message>
        <source>{title}: {what}</source>
        <translation>{title}: {what}</translation>
    </message>
    <message>
        <source>{title}: the numbers of each day</source>
        <translation>{title}: las cifras de cada día</translation>
    </message>
    <message>
        <source>{summary} In this period: {totals}.</source>
        <translation>{summary} En este periodo: {totals}.</translation>
    </message>
    <message>
        <source>Nothing recorded in this period</source>
        <translation>No hay nada anotado en este periodo</translation>
    </message>
    <message>
        <source>Days in a row: {current} now, {best} at best</source>
        <translation>Días seguidos: {current} ahora, {best} como máximo</translation>
    </message>
    <message>
        <source>no answered reminders in this period</source>
        <translation>ningún recordatorio respondido en este periodo</translation>
    </message>
    <message>
        <source>done {percent} % of the times it was due</source>
        <translation>hecho el {percent} % de las veces que tocaba</translation>
    </message>
    <message numerus="yes">
        <source>Daily goal {goal} ml, reached on {met} of %n days.</source>
        <translation>
            <numerusform>Meta diaria {goal} ml, alcanzada {met} de %n día.</numerusform>
            <numerusform>Meta diaria {goal} ml, alcanzada {met} de %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>water</source>
        <translation>agua</translation>
    </message>
    <message>
        <source>No water recorded in this period</source>
        <translation>No hay agua anotada en este periodo</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>Export written to {path} (events: {count}).</source>
        <translation>Exportación guardada en {path} (registros: {count}).</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>No se pudo borrar</translation>
    </message>
    <message>
        <source>History deleted (events removed: {count}).</source>
        <translation>Historial borrado (registros eliminados: {count}).</translation>
    </message>
    <message>
        <source>Delete history?</source>
        <translation>¿Borrar el historial?</translation>
    </message>
    <message>
        <source>Delete every recorded reminder, answer and glass of water? Streaks start again from zero. This cannot be undone; export the history first to keep a copy.</source>
        <translation>¿Borrar todos los recordatorios, respuestas y vasos de agua anotados? Las rachas vuelven a empezar desde cero. No se puede deshacer; exporta antes el historial si quieres guardar una copia.</translation>
    </message>
    <message>
        <source>Delete history</source>
        <translation>Borrar historial</translation>
    </message>
</context>
<context>
    <name>LiftingPanel</name>
    <message>
        <source>Safe lifting</source>
        <translation>Levantar peso sin riesgo</translation>
    </message>
    <message>
        <source>Lift safely, step by step</source>
        <translation>Levantar peso sin riesgo, paso a paso</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Haz esto</translation>
    </message>
    <message>
        <source>Don&apos;t</source>
        <translation>Evita esto</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Cuándo consultar a un profesional</translation>
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
        <translation>&amp;Recordatorios y configuración</translation>
    </message>
    <message>
        <source>Closing this window keeps your reminders running. To open it again, start spasmguard again from your application menu.</source>
        <translation>Al cerrar esta ventana, los recordatorios siguen funcionando. Para volver a abrirla, inicia de nuevo spasmguard desde el menú de aplicaciones.</translation>
    </message>
    <message>
        <source>Your desktop shows no tray icons, so spasmguard has no icon in the top bar. This window stands in for it. It opens by itself this once only.</source>
        <translation>Tu escritorio no muestra iconos en la bandeja, así que spasmguard no tiene icono en la barra superior. Esta ventana lo sustituye. Solo se abre sola esta vez.</translation>
    </message>
    <message>
        <source>&amp;Add spasmguard to the application menu</source>
        <translation>&amp;Añadir spasmguard al menú de aplicaciones</translation>
    </message>
    <message>
        <source>Added: spasmguard is now in your application menu.</source>
        <translation>Añadido: spasmguard ya está en el menú de aplicaciones.</translation>
    </message>
</context>
<context>
    <name>NotificationSender</name>
    <message>
        <source>Done</source>
        <extracomment>The longest close() holds the GUI thread at quit; a server slower than that is not waited for.</extracomment>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>+ a glass</source>
        <translation>+ un vaso</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>Todas las respuestas</translation>
    </message>
    <message>
        <source>No D-Bus session bus is available.</source>
        <translation>No hay ningún bus de sesión D-Bus disponible.</translation>
    </message>
    <message>
        <source>No notification server is running.</source>
        <translation>No hay ningún servidor de notificaciones en marcha.</translation>
    </message>
    <message>
        <source>The notification server cannot show buttons.</source>
        <translation>El servidor de notificaciones no puede mostrar botones.</translation>
    </message>
    <message>
        <source>The notification server did not answer in time.</source>
        <translation>El servidor de notificaciones no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The notification server refused it.</source>
        <translation>El servidor de notificaciones la rechazó.</translation>
    </message>
</context>
<context>
    <name>PostureCheck</name>
    <message>
        <source>Posture check</source>
        <translation>Revisar la postura</translation>
    </message>
    <message>
        <source>How are you sitting?</source>
        <translation>¿Qué tal tu postura?</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Save these answers; counts as a posture check done</source>
        <translation>Guardar estas respuestas; cuenta como revisión de postura hecha</translation>
    </message>
    <message>
        <source>Your answers are kept, so this window can show what you miss most.</source>
        <translation>Tus respuestas se guardan para que esta ventana pueda mostrar lo que más se te pasa por alto.</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days: every item was right at every check.</source>
        <translation>
            <numerusform>Último %n día: todo estaba bien en cada revisión.</numerusform>
            <numerusform>Últimos %n días: todo estaba bien en cada revisión.</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} ({missed} of {total} checks)</source>
        <translation>{title} ({missed} de {total} revisiones)</translation>
    </message>
    <message numerus="yes">
        <source>Most often missed in the last %n days: {items}.</source>
        <translation>
            <numerusform>Lo que más se te pasó por alto el último %n día: {items}.</numerusform>
            <numerusform>Lo que más se te pasó por alto en los últimos %n días: {items}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfessionalPanel</name>
    <message>
        <source>When to see a professional</source>
        <translation>Cuándo consultar a un profesional</translation>
    </message>
</context>
<context>
    <name>ReminderSession</name>
    <message>
        <source>Welcome back - you were away {duration}.</source>
        <extracomment>The plan, the state or &quot;do not disturb&quot; changed: the views refresh. Show the app&apos;s own reminder window for this habit, with this text. The habit&apos;s reminder was settled elsewhere: withdraw its reminder window, if one is open. Open (or raise) the window of this name, one of OPEN_WINDOWS, with the launcher&apos;s activation tokens (a mapping, empty unless a command forwarded them).</extracomment>
        <translation>Hola de nuevo: has estado fuera {duration}.</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
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
        <translation>Recordatorio: {title}</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start the guided break</source>
        <translation>Empezar la pausa guiada</translation>
    </message>
    <message>
        <source>+ a &amp;glass</source>
        <translation>+ un &amp;vaso</translation>
    </message>
    <message>
        <source>Add a glass</source>
        <translation>Anotar un vaso</translation>
    </message>
    <message>
        <source>I drank a glass of water: count it, and this reminder as done</source>
        <translation>He bebido un vaso de agua: anotarlo y contar este recordatorio como hecho</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>I did it</source>
        <translation>Ya lo he hecho</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Remind me again later</source>
        <translation>Recuérdamelo más tarde</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Not this time</source>
        <translation>Esta vez no</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
</context>
<context>
    <name>SafetyBlocks</name>
    <message>
        <source>Caution</source>
        <translation>Precaución</translation>
    </message>
</context>
<context>
    <name>SafetyLinks</name>
    <message>
        <source>Warning si&amp;gns…</source>
        <translation>Señales de a&amp;larma…</translation>
    </message>
    <message>
        <source>&amp;If your back is in spasm now…</source>
        <translation>S&amp;i tu espalda tiene un espasmo ahora…</translation>
    </message>
    <message>
        <source>When to see a professional, and when to get help now</source>
        <translation>Cuándo consultar a un profesional y cuándo pedir ayuda ya</translation>
    </message>
    <message>
        <source>What to do while your back is in spasm</source>
        <translation>Qué hacer mientras tu espalda tiene un espasmo</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Leave empty for rotating tips</source>
        <translation>Déjalo vacío para ver consejos variados</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>Notificación del escritorio</translation>
    </message>
    <message>
        <source>spasmguard&apos;s own window</source>
        <translation>Ventana propia de spasmguard</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Jornada</translation>
    </message>
    <message>
        <source>spasmguard settings</source>
        <translation>Configuración de spasmguard</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de la configuración</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Use the general setting</source>
        <translation>Usar el ajuste general</translation>
    </message>
    <message>
        <source>While checked, the General tab&apos;s value is used.</source>
        <translation>Mientras esté marcado, se usa el valor de la pestaña «General».</translation>
    </message>
    <message>
        <source>Start at login not changed</source>
        <translation>No se cambió el inicio con la sesión</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Configuración no guardada</translation>
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
        <translation>Pausa para estirar</translation>
    </message>
    <message>
        <source>{minutes} min: {title}</source>
        <translation>{minutes} min: {title}</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>&amp;Rutina:</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Tiempo restante de este paso</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>Progreso de la rutina</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Flecha izquierda</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Flecha derecha</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
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
        <translation>Rutina completada</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>¡Bien hecho!</translation>
    </message>
    <message>
        <source>Your stretch break is recorded as done.</source>
        <translation>Tu pausa para estirar queda anotada como hecha.</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Paso {number} de {count}</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Co&amp;ntinuar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>SvgView</name>
    <message>
        <source>Drawing: {title}</source>
        <translation>Dibujo: {title}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>spasmguard: paused until {time}</source>
        <translation>spasmguard: en pausa hasta {time}</translation>
    </message>
    <message>
        <source>spasmguard: paused</source>
        <translation>spasmguard: en pausa</translation>
    </message>
    <message>
        <source>spasmguard: next, {title} at {time}</source>
        <translation>spasmguard: a continuación, {title} ({time})</translation>
    </message>
    <message>
        <source>spasmguard: no reminders scheduled</source>
        <translation>spasmguard: no hay recordatorios programados</translation>
    </message>
    <message>
        <source>Water today: {drunk} of {goal} ml</source>
        <translation>Agua hoy: {drunk} de {goal} ml</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>30 minutes</source>
        <translation>30 minutos</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 horas</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>Hasta que los reanude</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <source>Until I turn it off</source>
        <translation>Hasta que lo desactive</translation>
    </message>
    <message>
        <source>I drank a glass of water  ({drunk} / {goal} ml)</source>
        <translation>He bebido un vaso de agua  ({drunk} / {goal} ml)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>All reminders are switched off</source>
        <translation>Todos los recordatorios están desactivados</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>sin programar</translation>
    </message>
    <message>
        <source>snoozed until {time}</source>
        <translation>pospuesto hasta {time}</translation>
    </message>
    <message>
        <source>next {time}</source>
        <translation>próximo: {time}</translation>
    </message>
    <message>
        <source>Show this reminder now</source>
        <translation>Mostrar este recordatorio ahora</translation>
    </message>
    <message>
        <source>S&amp;tretch break…</source>
        <translation>&amp;Estiramientos…</translation>
    </message>
    <message>
        <source>&amp;Breathing break…</source>
        <translation>Pausa de &amp;respiración…</translation>
    </message>
    <message>
        <source>Posture chec&amp;k…</source>
        <translation>Revisar p&amp;ostura…</translation>
    </message>
    <message>
        <source>&amp;Lifting technique…</source>
        <translation>Cómo &amp;levantar peso…</translation>
    </message>
    <message>
        <source>&amp;If your back is in spasm now…</source>
        <translation>S&amp;i tu espalda tiene un espasmo ahora…</translation>
    </message>
    <message>
        <source>&amp;When to see a professional…</source>
        <translation>Cuándo consultar a un pro&amp;fesional…</translation>
    </message>
    <message>
        <source>W&amp;elcome tour…</source>
        <translation>Recorrido de &amp;bienvenida…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Turn off &amp;do not disturb (on until {time})</source>
        <translation>&amp;Desactivar No molestar (activo hasta {time})</translation>
    </message>
    <message>
        <source>Turn off &amp;do not disturb</source>
        <translation>&amp;Desactivar No molestar</translation>
    </message>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>&amp;No molestar</translation>
    </message>
    <message>
        <source>&amp;Resume reminders (paused until {time})</source>
        <translation>Re&amp;anudar recordatorios (en pausa hasta {time})</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>Re&amp;anudar recordatorios</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>&amp;Pausar recordatorios</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome to spasmguard</source>
        <translation>Te damos la bienvenida a spasmguard</translation>
    </message>
    <message>
        <source>spasmguard reminds you, during your working hours, of four everyday habits that can help prevent back spasms:</source>
        <translation>Durante tu jornada, spasmguard te recuerda cuatro hábitos cotidianos que pueden ayudar a prevenir los espasmos de espalda:</translation>
    </message>
    <message>
        <source>Away from the desk, walking, swimming and cycling are gentle ways to stay fit that can help your back too.</source>
        <translation>Lejos de la mesa, caminar, nadar y montar en bici son formas suaves de mantenerte en forma que también pueden ayudar a tu espalda.</translation>
    </message>
    <message>
        <source>When reminders come</source>
        <translation>Cuándo llegan los recordatorios</translation>
    </message>
    <message>
        <source>Working days, your own reminder texts and the rest are in Settings, in the tray menu. This welcome is there too, as Welcome tour.</source>
        <translation>Los días laborables, tus propios textos y todo lo demás están en Configuración, en el menú de la bandeja. Esta bienvenida también está ahí, como Recorrido de bienvenida.</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Inicio de la jornada</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Fin de la jornada</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Working hours</source>
        <translation>&amp;Jornada</translation>
    </message>
    <message>
        <source>{title}: every</source>
        <translation>{title}: cada</translation>
    </message>
    <message>
        <source>{title}, every</source>
        <translation>{title}, cada</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>Guardar y &amp;empezar</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>Keep the settings as they are</source>
        <translation>Dejar la configuración como está</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Configuración no guardada</translation>
    </message>
</context>
<context>
    <name>_Drawing</name>
    <message>
        <source>Drawing: {title}</source>
        <translation>Dibujo: {title}</translation>
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
        <translation>La solicitud es demasiado grande.</translation>
    </message>
    <message>
        <source>Unknown command: %s.</source>
        <translation>Comando desconocido: %s.</translation>
    </message>
    <message>
        <source>The command failed inside spasmguard; see its log for details.</source>
        <translation>El comando falló dentro de spasmguard; consulta su registro para ver los detalles.</translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation>La solicitud no es JSON válido.</translation>
    </message>
    <message>
        <source>The request must be a JSON object.</source>
        <translation>La solicitud debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>The request needs a text &quot;cmd&quot; and an object &quot;args&quot;.</source>
        <translation>La solicitud necesita un texto &quot;cmd&quot; y un objeto &quot;args&quot;.</translation>
    </message>
</context>
</TS>
