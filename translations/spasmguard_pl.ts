<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>must be true or false, got {value}</source>
        <translation>musi mieć wartość true lub false, a ma {value}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}, got {value}</source>
        <translation>musi być liczbą całkowitą od {low} do {high}, a ma wartość {value}</translation>
    </message>
    <message>
        <source>must be text, got {value}</source>
        <translation>musi być tekstem, a ma wartość {value}</translation>
    </message>
    <message>
        <source>must be at most {most} characters long, got {length} characters</source>
        <translation>liczba znaków może wynosić najwyżej {most}, a wynosi {length}</translation>
    </message>
    <message>
        <source>must be one of {allowed}, got {value}</source>
        <translation>musi mieć jedną z wartości {allowed}, a ma {value}</translation>
    </message>
    <message>
        <source>must be a time of day like &quot;09:00&quot; (00:00 to 23:59), got {value}</source>
        <translation>musi być godziną w formacie &quot;09:00&quot; (od 00:00 do 23:59), a ma wartość {value}</translation>
    </message>
    <message>
        <source>must be a list of day names ({allowed}), got {value}</source>
        <translation>musi być listą nazw dni ({allowed}), a ma wartość {value}</translation>
    </message>
    <message>
        <source>must name at least one day (to stop reminders, set enabled = false)</source>
        <translation>musi zawierać co najmniej jeden dzień (aby wyłączyć przypomnienia, ustaw enabled = false)</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Początek pracy</translation>
    </message>
    <message>
        <source>Reminders come only between the start and end of your working hours.</source>
        <translation>Przypomnienia pojawiają się tylko między początkiem a końcem twoich godzin pracy.</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Koniec pracy</translation>
    </message>
    <message>
        <source>End of your working hours; an end before the start means the hours run past midnight.</source>
        <translation>Koniec twoich godzin pracy; koniec wcześniejszy niż początek oznacza, że praca trwa po północy.</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Dni pracy</translation>
    </message>
    <message>
        <source>The days of the week on which reminders come.</source>
        <translation>Dni tygodnia, w które pojawiają się przypomnienia.</translation>
    </message>
    <message>
        <source>Snooze (minutes)</source>
        <translation>Czas odłożenia (minuty)</translation>
    </message>
    <message>
        <source>How long the Snooze button postpones a reminder.</source>
        <translation>Na jak długo przycisk „Później” odkłada przypomnienie.</translation>
    </message>
    <message>
        <source>Reminder style</source>
        <translation>Sposób przypominania</translation>
    </message>
    <message>
        <source>How reminders appear: &quot;desktop&quot; notifications, or spasmguard&apos;s own &quot;window&quot;.</source>
        <translation>Jak pojawiają się przypomnienia: jako powiadomienia pulpitu („desktop”) albo we własnym oknie spasmguard („window”).</translation>
    </message>
    <message>
        <source>Reminder window time (seconds)</source>
        <translation>Czas okna przypomnienia (sekundy)</translation>
    </message>
    <message>
        <source>How long spasmguard&apos;s own reminder window stays before the reminder counts as missed.</source>
        <translation>Jak długo własne okno przypomnienia spasmguard pozostaje otwarte, zanim przypomnienie zostanie uznane za przegapione.</translation>
    </message>
    <message>
        <source>Away counts as a break after (minutes)</source>
        <translation>Nieobecność to przerwa po (minutach)</translation>
    </message>
    <message>
        <source>After this long without keyboard or mouse input you count as away: posture and stretch timers restart when you are back, and reminders due meanwhile wait for your return.</source>
        <translation>Po tylu minutach bez użycia klawiatury i myszy spasmguard uznaje, że cię nie ma: liczniki postawy i rozciągania startują od nowa, gdy wrócisz, a przypomnienia, które wypadły w tym czasie, czekają na twój powrót.</translation>
    </message>
    <message>
        <source>Hold reminders during fullscreen</source>
        <translation>Wstrzymuj przypomnienia przy pełnym ekranie</translation>
    </message>
    <message>
        <source>While the active window is fullscreen (a video, a presentation, a game), reminders wait and then come once, together.</source>
        <translation>Gdy aktywne okno jest na pełnym ekranie (film, prezentacja, gra), przypomnienia czekają, a potem pojawiają się raz, wszystkie razem.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Uruchamiaj po zalogowaniu</translation>
    </message>
    <message>
        <source>Start spasmguard automatically when you log in to your desktop.</source>
        <translation>Uruchamiaj spasmguard automatycznie po zalogowaniu do pulpitu.</translation>
    </message>
    <message>
        <source>Daily water goal (ml)</source>
        <translation>Dzienny cel picia (ml)</translation>
    </message>
    <message>
        <source>How much water you aim to drink each day, unless a doctor has told you to limit fluids.</source>
        <translation>Ile wody chcesz wypijać każdego dnia, chyba że lekarz zalecił ci ograniczenie płynów.</translation>
    </message>
    <message>
        <source>Glass size (ml)</source>
        <translation>Pojemność szklanki (ml)</translation>
    </message>
    <message>
        <source>How much one logged drink counts for.</source>
        <translation>Ile liczy się jedna zapisana szklanka.</translation>
    </message>
    <message>
        <source>Stop water reminders at the goal</source>
        <translation>Nie przypominaj o wodzie po osiągnięciu celu</translation>
    </message>
    <message>
        <source>When today&apos;s water reaches the daily goal, hydration reminders stop until the next day.</source>
        <translation>Gdy dzisiejsza ilość wody osiągnie dzienny cel, przypomnienia o piciu ustają do następnego dnia.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>The language of menus, windows, reminder texts and guides; windows that are open change when they are opened again.</source>
        <translation>Język menu, okien, przypomnień i poradników; otwarte okna zmieniają go po ponownym otwarciu.</translation>
    </message>
    <message>
        <source>Chime between stretches</source>
        <translation>Sygnał między ćwiczeniami</translation>
    </message>
    <message>
        <source>Sound the system&apos;s alert sound when a guided stretch moves on to its next step.</source>
        <translation>Odtwarzaj systemowy sygnał dźwiękowy, gdy prowadzone rozciąganie przechodzi do następnego kroku.</translation>
    </message>
    <message>
        <source>Breathe in (seconds)</source>
        <translation>Wdech (sekundy)</translation>
    </message>
    <message>
        <source>How long each breath in lasts in a guided breathing break.</source>
        <translation>Jak długo trwa każdy wdech podczas prowadzonej przerwy na oddech.</translation>
    </message>
    <message>
        <source>Breathe out (seconds)</source>
        <translation>Wydech (sekundy)</translation>
    </message>
    <message>
        <source>How long each breath out lasts in a guided breathing break.</source>
        <translation>Jak długo trwa każdy wydech podczas prowadzonej przerwy na oddech.</translation>
    </message>
    <message>
        <source>Breathing break (minutes)</source>
        <translation>Przerwa na oddech (minuty)</translation>
    </message>
    <message>
        <source>How long a guided breathing break lasts; it ends after a full breath out.</source>
        <translation>Jak długo trwa prowadzona przerwa na oddech; kończy się po pełnym wydechu.</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Włączone</translation>
    </message>
    <message>
        <source>Whether this reminder comes at all.</source>
        <translation>Czy to przypomnienie w ogóle się pojawia.</translation>
    </message>
    <message>
        <source>Every (minutes)</source>
        <translation>Co ile minut</translation>
    </message>
    <message>
        <source>Minutes between two reminders of this habit.</source>
        <translation>Liczba minut między dwoma przypomnieniami o tym nawyku.</translation>
    </message>
    <message>
        <source>Your own reminder text</source>
        <translation>Własny tekst przypomnienia</translation>
    </message>
    <message>
        <source>When not blank, this text is shown instead of the rotating reminder texts.</source>
        <translation>Jeśli to pole nie jest puste, ten tekst pojawia się zamiast zmieniających się tekstów przypomnień.</translation>
    </message>
    <message>
        <source>Own working hours start</source>
        <translation>Własny początek pracy</translation>
    </message>
    <message>
        <source>Start of this habit&apos;s own hours; leave it out to use the general working hours.</source>
        <translation>Początek własnych godzin tego nawyku; pomiń, aby używać ogólnych godzin pracy.</translation>
    </message>
    <message>
        <source>Own working hours end</source>
        <translation>Własny koniec pracy</translation>
    </message>
    <message>
        <source>End of this habit&apos;s own hours; leave it out to use the general working hours.</source>
        <translation>Koniec własnych godzin tego nawyku; pomiń, aby używać ogólnych godzin pracy.</translation>
    </message>
    <message>
        <source>Own working days</source>
        <translation>Własne dni pracy</translation>
    </message>
    <message>
        <source>The days this habit reminds you on; leave it out to use the general working days.</source>
        <translation>Dni, w które ten nawyk ci przypomina; pomiń, aby używać ogólnych dni pracy.</translation>
    </message>
    <message>
        <source>not UTF-8 text: byte {byte} is invalid</source>
        <translation>to nie jest tekst UTF-8: bajt {byte} jest nieprawidłowy</translation>
    </message>
    <message>
        <source>not valid TOML: {error}</source>
        <translation>to nie jest poprawny TOML: {error}</translation>
    </message>
    <message>
        <source>not valid TOML: nested too deeply</source>
        <translation>to nie jest poprawny TOML: zbyt głębokie zagnieżdżenie</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>to folder, a nie plik</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>brak uprawnień</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason})</source>
        <translation>Nie udało się odczytać {file} ({reason})</translation>
    </message>
    <message>
        <source>{problem}; defaults are in use.</source>
        <translation>{problem}; obowiązują wartości domyślne.</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>{problem} and could not be copied aside. {reason} Defaults are in use and the file will not be overwritten.</source>
        <translation>{problem} i nie udało się odłożyć kopii. {reason} Obowiązują wartości domyślne, a plik nie zostanie nadpisany.</translation>
    </message>
    <message>
        <source>{problem}; a copy was saved as {copy} and defaults are in use.</source>
        <translation>{problem}; kopię zapisano jako {copy}, obowiązują wartości domyślne.</translation>
    </message>
    <message>
        <source>{file} was written by a newer spasmguard (settings version {version}, this one knows {target}); the settings it understands are used and the file is left unchanged.</source>
        <translation>{file} zapisała nowsza wersja spasmguard (wersja ustawień {version}, ta zna {target}); używane są ustawienia, które ta wersja rozumie, a plik pozostaje bez zmian.</translation>
    </message>
    <message>
        <source>{file} could not be upgraded from settings version {version} ({error}); defaults are in use and the file is left unchanged.</source>
        <translation>Nie udało się zaktualizować {file} z wersji ustawień {version} ({error}); obowiązują wartości domyślne, a plik pozostaje bez zmian.</translation>
    </message>
    <message>
        <source>must be a whole number of 1 or more, got {value}; 1 is assumed</source>
        <translation>musi być liczbą całkowitą równą 1 lub większą, a ma wartość {value}; przyjęto 1</translation>
    </message>
    <message>
        <source>must be a table, got {value}</source>
        <translation>musi być tabelą, a ma wartość {value}</translation>
    </message>
    <message>
        <source>is not a habit (known habits: {habits})</source>
        <translation>nie jest nawykiem (znane nawyki: {habits})</translation>
    </message>
    <message>
        <source>is not a setting spasmguard knows (misspelt or misplaced?)</source>
        <translation>nie jest ustawieniem znanym spasmguard (literówka lub złe miejsce?)</translation>
    </message>
    <message>
        <source>{file} is from a newer spasmguard or could not be upgraded, so it is left unchanged.</source>
        <translation>Plik {file} pochodzi z nowszej wersji spasmguard albo nie dało się go zaktualizować, więc pozostaje bez zmian.</translation>
    </message>
    <message>
        <source>Could not save {file}: it could not be read ({reason}) and has not been copied aside, so it is left unchanged.</source>
        <translation>Nie udało się zapisać pliku {file}: nie dało się go odczytać ({reason}), a jego kopia nie została odłożona, więc pozostaje bez zmian.</translation>
    </message>
    <message>
        <source>Could not save {file}: it could not be updated ({error}).</source>
        <translation>Nie udało się zapisać pliku {file}: nie dało się go zaktualizować ({error}).</translation>
    </message>
    <message>
        <source>{file} is from a newer spasmguard, so it is left unchanged.</source>
        <translation>Plik {file} pochodzi z nowszej wersji spasmguard, więc pozostaje bez zmian.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>użycie: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumenty pozycyjne</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opcje</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>pokaż tę pomoc i zakończ</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>pokaż numer wersji i zakończ</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>nieprawidłowy wybór: %(value)r (do wyboru: %(choices)s)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>wymagane są następujące argumenty: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>nierozpoznane argumenty: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>oczekiwano jednego argumentu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>oczekiwano co najwyżej jednego argumentu</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>zignorowano jawny argument %r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>niejednoznaczna opcja: %(option)s może oznaczać %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nieprawidłowa wartość typu %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>{prog}: {problem} (see &apos;{prog} --help&apos;)</source>
        <translation>{prog}: {problem} (zobacz &apos;{prog} --help&apos;)</translation>
    </message>
    <message>
        <source>{name} must be a whole number from {low} to {high}, got &apos;{text}&apos;</source>
        <translation>{name} musi być liczbą całkowitą od {low} do {high}, a podano &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>pause length</source>
        <translation>długość pauzy</translation>
    </message>
    <message>
        <source>A tray app that reminds you to check your posture, drink water, stretch and take stress breaks. Run without a command to start it.</source>
        <translation>Aplikacja w zasobniku, która przypomina o sprawdzeniu postawy, piciu wody, rozciąganiu się i przerwach na odstresowanie. Uruchom ją bez polecenia, aby wystartowała.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>POLECENIE</translation>
    </message>
    <message>
        <source>HABIT</source>
        <translation>NAWYK</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTY</translation>
    </message>
    <message>
        <source>show the next reminder of each habit</source>
        <translation>pokaż najbliższe przypomnienie każdego nawyku</translation>
    </message>
    <message>
        <source>print machine-readable JSON</source>
        <translation>wypisz JSON do odczytu maszynowego</translation>
    </message>
    <message>
        <source>show a habit&apos;s reminder now</source>
        <translation>pokaż teraz przypomnienie nawyku</translation>
    </message>
    <message>
        <source>put off a habit&apos;s reminder for some minutes</source>
        <translation>odłóż przypomnienie nawyku o kilka minut</translation>
    </message>
    <message>
        <source>pause all reminders: {minutes}, &apos;tomorrow&apos; or &apos;off&apos;</source>
        <translation>wstrzymaj wszystkie przypomnienia: {minutes}, &apos;tomorrow&apos; lub &apos;off&apos;</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>zakończ pauzę</translation>
    </message>
    <message>
        <source>mark a habit done now (its timer restarts)</source>
        <translation>oznacz nawyk jako wykonany (jego odliczanie zaczyna się od nowa)</translation>
    </message>
    <message>
        <source>count water you drank (default: one glass)</source>
        <translation>policz wypitą wodę (domyślnie: jedna szklanka)</translation>
    </message>
    <message>
        <source>ML</source>
        <translation>ML</translation>
    </message>
    <message>
        <source>open a window of the running app</source>
        <translation>otwórz okno uruchomionej aplikacji</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>zamknij uruchomioną aplikację</translation>
    </message>
    <message>
        <source>&apos;path&apos; prints where settings live; &apos;check&apos; validates</source>
        <translation>&apos;path&apos; pokazuje, gdzie są ustawienia; &apos;check&apos; je sprawdza</translation>
    </message>
    <message>
        <source>add spasmguard to your desktop&apos;s app menus</source>
        <translation>dodaj spasmguard do menu aplikacji na pulpicie</translation>
    </message>
    <message>
        <source>export or delete the history (app not needed)</source>
        <translation>wyeksportuj lub usuń historię (aplikacja nie jest potrzebna)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <source>write every event to {file}</source>
        <translation>zapisz wszystkie zdarzenia do {file}</translation>
    </message>
    <message>
        <source>the file to write (replaced if it exists), - for stdout</source>
        <translation>plik do zapisania (zastąpiony, jeśli istnieje), - oznacza standardowe wyjście</translation>
    </message>
    <message>
        <source>delete every event (snoozes and pauses stay)</source>
        <translation>usuń wszystkie zdarzenia (odłożenia i pauzy zostają)</translation>
    </message>
    <message>
        <source>confirm: this cannot be undone</source>
        <translation>potwierdź: tego nie da się cofnąć</translation>
    </message>
    <message>
        <source>spasmguard: unexpected error: {error}</source>
        <translation>spasmguard: nieoczekiwany błąd: {error}</translation>
    </message>
    <message>
        <source>spasmguard is not running.</source>
        <translation>spasmguard nie jest uruchomiony.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>w porządku</translation>
    </message>
    <message>
        <source>not created yet (defaults in use)</source>
        <translation>jeszcze nie utworzony (obowiązują wartości domyślne)</translation>
    </message>
    <message>
        <source>Problems in {file}: {count}; defaults are used for those keys.</source>
        <translation>Problemy w pliku {file}: {count}; dla tych kluczy obowiązują wartości domyślne.</translation>
    </message>
    <message>
        <source>this deletes every event for good; add --yes to confirm.</source>
        <translation>to na zawsze usuwa wszystkie zdarzenia; dodaj --yes, aby potwierdzić.</translation>
    </message>
    <message>
        <source>Events deleted: {count}.</source>
        <translation>Usunięte zdarzenia: {count}.</translation>
    </message>
    <message>
        <source>Events exported to {file}: {count}.</source>
        <translation>Zdarzenia wyeksportowane do {file}: {count}.</translation>
    </message>
    <message>
        <source>installed {file}</source>
        <translation>zainstalowano {file}</translation>
    </message>
    <message>
        <source>{zone} (a fixed offset: no daylight-saving changes)</source>
        <translation>{zone} (stałe przesunięcie: bez zmian czasu letniego)</translation>
    </message>
    <message>
        <source>Could not create the folder {folder}</source>
        <translation>Nie udało się utworzyć folderu {folder}</translation>
    </message>
    <message>
        <source>Could not save {file}</source>
        <translation>Nie udało się zapisać pliku {file}</translation>
    </message>
    <message>
        <source>The previous file is unchanged.</source>
        <translation>Poprzedni plik pozostał bez zmian.</translation>
    </message>
    <message>
        <source>Could not write {file}</source>
        <translation>Nie udało się utworzyć pliku {file}</translation>
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
        <translation>otwarto go tylko do odczytu</translation>
    </message>
    <message>
        <source>{file} is not a complete spasmguard history yet</source>
        <translation>{file} nie jest jeszcze pełną historią spasmguard</translation>
    </message>
    <message>
        <source>{file} was written by an older spasmguard; start the app once to update it</source>
        <translation>plik {file} zapisała starsza wersja spasmguard; uruchom aplikację raz, aby go zaktualizować</translation>
    </message>
    <message>
        <source>it was written by a newer spasmguard</source>
        <translation>zapisała go nowsza wersja spasmguard</translation>
    </message>
    <message>
        <source>{file} is not a spasmguard history database</source>
        <translation>{file} nie jest bazą historii spasmguard</translation>
    </message>
    <message>
        <source>{file} is open read-only: {reason}</source>
        <translation>{file} jest otwarty tylko do odczytu: {reason}</translation>
    </message>
    <message>
        <source>could not open {file}: {reason}</source>
        <translation>nie udało się otworzyć {file}: {reason}</translation>
    </message>
    <message>
        <source>could not write to {file}: {reason}</source>
        <translation>nie udało się zapisać do {file}: {reason}</translation>
    </message>
    <message>
        <source>spasmguard is running.</source>
        <translation>spasmguard jest uruchomiony.</translation>
    </message>
    <message>
        <source>spasmguard is not running; times show when reminders would come if it started now.</source>
        <translation>spasmguard nie jest uruchomiony; godziny pokazują, kiedy przyszłyby przypomnienia, gdyby wystartował teraz.</translation>
    </message>
    <message>
        <source>All reminders are paused until you resume them.</source>
        <translation>Wszystkie przypomnienia są wstrzymane, dopóki ich nie wznowisz.</translation>
    </message>
    <message>
        <source>All reminders are paused until {time}.</source>
        <translation>Wszystkie przypomnienia są wstrzymane do {time}.</translation>
    </message>
    <message>
        <source>Times are in {zone}.</source>
        <translation>Godziny w strefie {zone}.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>wyłączony</translation>
    </message>
    <message>
        <source>every {minutes} min, not scheduled</source>
        <translation>co {minutes} min, nie zaplanowano</translation>
    </message>
    <message>
        <source>every {minutes} min, next {time} (snoozed until {until})</source>
        <translation>co {minutes} min, następne: {time} (odłożone do {until})</translation>
    </message>
    <message>
        <source>every {minutes} min, next {time}</source>
        <translation>co {minutes} min, następne: {time}</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>pon.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>wt.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>śr.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>czw.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>pt.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sob.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>niedz.</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>Cannot reach the running spasmguard: {reason}.</source>
        <translation>Nie można połączyć się z uruchomionym spasmguard: {reason}.</translation>
    </message>
    <message>
        <source>spasmguard did not answer in time.</source>
        <translation>spasmguard nie odpowiedział na czas.</translation>
    </message>
    <message>
        <source>spasmguard closed the connection without answering.</source>
        <translation>spasmguard zamknął połączenie bez odpowiedzi.</translation>
    </message>
    <message>
        <source>spasmguard sent a reply that cannot be read.</source>
        <translation>spasmguard wysłał nieczytelną odpowiedź.</translation>
    </message>
    <message>
        <source>The command failed.</source>
        <translation>Polecenie nie powiodło się.</translation>
    </message>
    <message>
        <source>{problem} The new settings are in effect until spasmguard quits.</source>
        <translation>{problem} Nowe ustawienia obowiązują do zamknięcia spasmguard.</translation>
    </message>
    <message>
        <source>Start at login could not be switched on. {reason}</source>
        <translation>Nie udało się włączyć uruchamiania po zalogowaniu. {reason}</translation>
    </message>
    <message>
        <source>Start at login could not be switched off. {reason}</source>
        <translation>Nie udało się wyłączyć uruchamiania po zalogowaniu. {reason}</translation>
    </message>
    <message>
        <source>Could not remove {file}: {reason}.</source>
        <translation>Nie udało się usunąć {file}: {reason}.</translation>
    </message>
    <message>
        <source>logging to stderr, {error}</source>
        <translation>dziennik trafia na stderr: {error}</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are not set); start it from your desktop session. The commands (spasmguard status, ...) work without one.</source>
        <translation>nie znaleziono ekranu (DISPLAY i WAYLAND_DISPLAY nie są ustawione); uruchom spasmguard z sesji pulpitu. Polecenia (spasmguard status, ...) działają i bez niego.</translation>
    </message>
    <message>
        <source>cannot listen for commands at {path}: {error}</source>
        <translation>nie można odbierać poleceń pod {path}: {error}</translation>
    </message>
    <message>
        <source>another copy holds the lock but does not answer.</source>
        <translation>inna kopia trzyma blokadę, ale nie odpowiada.</translation>
    </message>
    <message>
        <source>{error}; history is not saved this session.</source>
        <translation>{error}; w tej sesji historia nie będzie zapisywana.</translation>
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
        <translation>Koło, które rośnie przy wdechu i maleje przy wydechu.</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing break</source>
        <translation>Przerwa na oddech</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Zakończ (Esc)</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Dobra robota</translation>
    </message>
    <message>
        <source>Your breathing break is recorded as done.</source>
        <translation>Przerwa na oddech została zapisana jako wykonana.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Paused, {time} left</source>
        <translation>Wstrzymane, zostało jeszcze {time}</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Wznów</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>Zostało {time}</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pauza</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <source>{action} (Space)</source>
        <translation>{action} (Spacja)</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Wdech</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Wydech</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>This desktop does not tell apps how long you have been idle.</source>
        <translation>To środowisko pulpitu nie informuje aplikacji, jak długo nie korzystasz z komputera.</translation>
    </message>
    <message>
        <source>This desktop does not tell apps when a window is fullscreen.</source>
        <translation>To środowisko pulpitu nie informuje aplikacji, kiedy okno jest na pełnym ekranie.</translation>
    </message>
    <message>
        <source>GNOME on Wayland does not tell apps when a window is fullscreen.</source>
        <translation>GNOME na Waylandzie nie informuje aplikacji, kiedy okno jest na pełnym ekranie.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Unknown habit {habit!r}.</source>
        <translation>Nieznany nawyk {habit!r}.</translation>
    </message>
    <message>
        <source>Showing the {title} reminder.</source>
        <translation>Pokazuję przypomnienie „{title}”.</translation>
    </message>
    <message>
        <source>Snooze length must be a whole number of minutes, 1 to {most}.</source>
        <translation>Czas odłożenia musi być liczbą całkowitą minut od 1 do {most}.</translation>
    </message>
    <message>
        <source>{title} snoozed until {time}.</source>
        <translation>Przypomnienie „{title}” odłożone do {time}.</translation>
    </message>
    <message>
        <source>Pause length must be 1 to {most} minutes, &apos;tomorrow&apos; or &apos;off&apos;.</source>
        <translation>Pauza musi trwać od 1 do {most} minut albo mieć wartość &apos;tomorrow&apos; lub &apos;off&apos;.</translation>
    </message>
    <message>
        <source>Reminders paused until you resume them.</source>
        <translation>Przypomnienia wstrzymane, dopóki ich nie wznowisz.</translation>
    </message>
    <message>
        <source>Reminders paused until {time}.</source>
        <translation>Przypomnienia wstrzymane do {time}.</translation>
    </message>
    <message>
        <source>Reminders resumed.</source>
        <translation>Przypomnienia wznowione.</translation>
    </message>
    <message>
        <source>{title}: done.</source>
        <translation>{title}: wykonane.</translation>
    </message>
    <message>
        <source>The amount must be a whole number of millilitres, 1 to {most}.</source>
        <translation>Ilość musi być liczbą całkowitą mililitrów od 1 do {most}.</translation>
    </message>
    <message>
        <source>Water today: {total} of {goal} ml.</source>
        <translation>Woda dzisiaj: {total} z {goal} ml.</translation>
    </message>
    <message>
        <source>Unknown window {name!r}.</source>
        <translation>Nieznane okno {name!r}.</translation>
    </message>
    <message>
        <source>spasmguard is quitting.</source>
        <translation>spasmguard kończy działanie.</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>Some settings could not be used, so their defaults are in effect:</source>
        <translation>Niektórych ustawień nie dało się użyć, więc obowiązują dla nich wartości domyślne:</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>done</source>
        <translation>wykonane</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>odłożone</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>pominięte</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>przegapione</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Ostatni %n dzień</numerusform>
            <numerusform>Ostatnie %n dni</numerusform>
            <numerusform>Ostatnie %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Pokazywany okres</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Pokaż:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>&amp;Delete history…</source>
        <translation>&amp;Usuń historię…</translation>
    </message>
    <message>
        <source>Charts by habit</source>
        <translation>Wykresy według nawyku</translation>
    </message>
    <message>
        <source>answers per day</source>
        <translation>odpowiedzi dziennie</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Woda</translation>
    </message>
    <message>
        <source>water per day</source>
        <translation>woda dziennie</translation>
    </message>
    <message>
        <source>water (dashed line: daily goal)</source>
        <translation>woda (linia przerywana: dzienny cel)</translation>
    </message>
    <message>
        <source>{title}: {what}</source>
        <translation>{title}: {what}</translation>
    </message>
    <message>
        <source>{title}: the numbers of each day</source>
        <translation>{title}: liczby dzień po dniu</translation>
    </message>
    <message>
        <source>{summary} In this period: {totals}.</source>
        <translation>{summary} W tym okresie: {totals}.</translation>
    </message>
    <message>
        <source>Nothing recorded in this period</source>
        <translation>W tym okresie nic nie zapisano</translation>
    </message>
    <message>
        <source>Days in a row: {current} now, {best} at best</source>
        <translation>Dni z rzędu: teraz {current}, rekord {best}</translation>
    </message>
    <message>
        <source>no answered reminders in this period</source>
        <translation>brak odpowiedzi na przypomnienia w tym okresie</translation>
    </message>
    <message>
        <source>done {percent} % of the times it was due</source>
        <translation>wykonane przy {percent}% przypomnień</translation>
    </message>
    <message numerus="yes">
        <source>Daily goal {goal} ml, reached on {met} of %n days.</source>
        <translation>
            <numerusform>Dzienny cel {goal} ml osiągnięty w {met} z %n dnia.</numerusform>
            <numerusform>Dzienny cel {goal} ml osiągnięty w {met} z %n dni.</numerusform>
            <numerusform>Dzienny cel {goal} ml osiągnięty w {met} z %n dni.</numerusform>
        </translation>
    </message>
    <message>
        <source>water</source>
        <translation>woda</translation>
    </message>
    <message>
        <source>No water recorded in this period</source>
        <translation>W tym okresie nie zapisano wody</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Eksportuj historię</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksport nie powiódł się</translation>
    </message>
    <message>
        <source>Export written to {path} (events: {count}).</source>
        <translation>Zapisano eksport w {path} (wpisy: {count}).</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>Usuwanie nie powiodło się</translation>
    </message>
    <message>
        <source>History deleted (events removed: {count}).</source>
        <translation>Historia usunięta (usunięte wpisy: {count}).</translation>
    </message>
    <message>
        <source>Delete history?</source>
        <translation>Usunąć historię?</translation>
    </message>
    <message>
        <source>Delete every recorded reminder, answer and glass of water? Streaks start again from zero. This cannot be undone; export the history first to keep a copy.</source>
        <translation>Usunąć wszystkie zapisane przypomnienia, odpowiedzi i szklanki wody? Serie zaczną się od zera. Tego nie da się cofnąć; jeśli chcesz zachować kopię, najpierw wyeksportuj historię.</translation>
    </message>
    <message>
        <source>Delete history</source>
        <translation>Usuń historię</translation>
    </message>
</context>
<context>
    <name>LiftingPanel</name>
    <message>
        <source>Safe lifting</source>
        <translation>Bezpieczne podnoszenie</translation>
    </message>
    <message>
        <source>Lift safely, step by step</source>
        <translation>Podnoś bezpiecznie, krok po kroku</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Rób tak</translation>
    </message>
    <message>
        <source>Don&apos;t</source>
        <translation>Unikaj</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Kiedy zgłosić się do specjalisty</translation>
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
        <translation>&amp;Przypomnienia i ustawienia</translation>
    </message>
    <message>
        <source>Closing this window keeps your reminders running. To open it again, start spasmguard again from your application menu.</source>
        <translation>Po zamknięciu tego okna przypomnienia działają dalej. Aby znów je otworzyć, uruchom ponownie spasmguard z menu aplikacji.</translation>
    </message>
    <message>
        <source>Your desktop shows no tray icons, so spasmguard has no icon in the top bar. This window stands in for it. It opens by itself this once only.</source>
        <translation>Twój pulpit nie pokazuje ikon w zasobniku, więc spasmguard nie ma ikony na górnym pasku. To okno ją zastępuje. Samo otworzy się tylko ten jeden raz.</translation>
    </message>
    <message>
        <source>&amp;Add spasmguard to the application menu</source>
        <translation>&amp;Dodaj spasmguard do menu aplikacji</translation>
    </message>
    <message>
        <source>Added: spasmguard is now in your application menu.</source>
        <translation>Dodano: spasmguard jest teraz w menu aplikacji.</translation>
    </message>
</context>
<context>
    <name>NotificationSender</name>
    <message>
        <source>Done</source>
        <extracomment>The longest close() holds the GUI thread at quit; a server slower than that is not waited for.</extracomment>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Później</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Rozpocznij</translation>
    </message>
    <message>
        <source>+ a glass</source>
        <translation>+ szklanka</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>Wszystkie odpowiedzi</translation>
    </message>
    <message>
        <source>No D-Bus session bus is available.</source>
        <translation>Magistrala sesji D-Bus jest niedostępna.</translation>
    </message>
    <message>
        <source>No notification server is running.</source>
        <translation>Nie działa żaden serwer powiadomień.</translation>
    </message>
    <message>
        <source>The notification server cannot show buttons.</source>
        <translation>Serwer powiadomień nie umie pokazywać przycisków.</translation>
    </message>
    <message>
        <source>The notification server did not answer in time.</source>
        <translation>Serwer powiadomień nie odpowiedział na czas.</translation>
    </message>
    <message>
        <source>The notification server refused it.</source>
        <translation>Serwer powiadomień odrzucił powiadomienie.</translation>
    </message>
</context>
<context>
    <name>PostureCheck</name>
    <message>
        <source>Posture check</source>
        <translation>Kontrola postawy</translation>
    </message>
    <message>
        <source>How are you sitting?</source>
        <translation>Jak teraz siedzisz?</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Gotowe</translation>
    </message>
    <message>
        <source>Save these answers; counts as a posture check done</source>
        <translation>Zapisz odpowiedzi; liczy się jako wykonana kontrola postawy</translation>
    </message>
    <message>
        <source>Your answers are kept, so this window can show what you miss most.</source>
        <translation>Twoje odpowiedzi są zapisywane, aby to okno mogło pokazać, o czym zapominasz najczęściej.</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days: every item was right at every check.</source>
        <translation>
            <numerusform>Ostatni %n dzień: przy każdej kontroli wszystko było w porządku.</numerusform>
            <numerusform>Ostatnie %n dni: przy każdej kontroli wszystko było w porządku.</numerusform>
            <numerusform>Ostatnie %n dni: przy każdej kontroli wszystko było w porządku.</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} ({missed} of {total} checks)</source>
        <translation>{title} ({missed} z {total} kontroli)</translation>
    </message>
    <message numerus="yes">
        <source>Most often missed in the last %n days: {items}.</source>
        <translation>
            <numerusform>Najczęściej zapominane w ciągu ostatniego %n dnia: {items}.</numerusform>
            <numerusform>Najczęściej zapominane w ciągu ostatnich %n dni: {items}.</numerusform>
            <numerusform>Najczęściej zapominane w ciągu ostatnich %n dni: {items}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfessionalPanel</name>
    <message>
        <source>When to see a professional</source>
        <translation>Kiedy zgłosić się do specjalisty</translation>
    </message>
</context>
<context>
    <name>ReminderSession</name>
    <message>
        <source>Welcome back - you were away {duration}.</source>
        <extracomment>The plan, the state or &quot;do not disturb&quot; changed: the views refresh. Show the app&apos;s own reminder window for this habit, with this text. The habit&apos;s reminder was settled elsewhere: withdraw its reminder window, if one is open. Open (or raise) the window of this name, one of OPEN_WINDOWS, with the launcher&apos;s activation tokens (a mapping, empty unless a command forwarded them).</extracomment>
        <translation>Witaj z powrotem – nie było cię {duration}.</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n godz.</numerusform>
            <numerusform>%n godz.</numerusform>
            <numerusform>%n godz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Reminder: {title}</source>
        <translation>Przypomnienie: {title}</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Rozpocznij</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Rozpocznij</translation>
    </message>
    <message>
        <source>Start the guided break</source>
        <translation>Rozpocznij prowadzoną przerwę</translation>
    </message>
    <message>
        <source>+ a &amp;glass</source>
        <translation>+ &amp;szklanka</translation>
    </message>
    <message>
        <source>Add a glass</source>
        <translation>Dodaj szklankę</translation>
    </message>
    <message>
        <source>I drank a glass of water: count it, and this reminder as done</source>
        <translation>Wypita szklanka wody: zapisz ją i zalicz to przypomnienie jako wykonane</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Gotowe</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>I did it</source>
        <translation>Zrobione</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Później</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Później</translation>
    </message>
    <message>
        <source>Remind me again later</source>
        <translation>Przypomnij mi później</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>P&amp;omiń</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <source>Not this time</source>
        <translation>Nie tym razem</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Pozostały czas</translation>
    </message>
</context>
<context>
    <name>SafetyBlocks</name>
    <message>
        <source>Caution</source>
        <translation>Uwaga</translation>
    </message>
</context>
<context>
    <name>SafetyLinks</name>
    <message>
        <source>Warning si&amp;gns…</source>
        <translation>&amp;Sygnały ostrzegawcze…</translation>
    </message>
    <message>
        <source>&amp;If your back is in spasm now…</source>
        <translation>&amp;Jeśli masz teraz skurcz pleców…</translation>
    </message>
    <message>
        <source>When to see a professional, and when to get help now</source>
        <translation>Kiedy zgłosić się do specjalisty, a kiedy natychmiast szukać pomocy</translation>
    </message>
    <message>
        <source>What to do while your back is in spasm</source>
        <translation>Co robić, gdy plecy są w skurczu</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Leave empty for rotating tips</source>
        <translation>Zostaw puste, by widzieć różne porady</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>Powiadomienie pulpitu</translation>
    </message>
    <message>
        <source>spasmguard&apos;s own window</source>
        <translation>Własne okno spasmguard</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Godziny pracy</translation>
    </message>
    <message>
        <source>spasmguard settings</source>
        <translation>Ustawienia spasmguard</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sekcje ustawień</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <source>Use the general setting</source>
        <translation>Użyj ustawienia ogólnego</translation>
    </message>
    <message>
        <source>While checked, the General tab&apos;s value is used.</source>
        <translation>Gdy pole jest zaznaczone, obowiązuje wartość z karty „Ogólne”.</translation>
    </message>
    <message>
        <source>Start at login not changed</source>
        <translation>Nie zmieniono autostartu</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Nie zapisano ustawień</translation>
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
        <translation>Przerwa na rozciąganie</translation>
    </message>
    <message>
        <source>{minutes} min: {title}</source>
        <translation>{minutes} min: {title}</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Zestaw</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>&amp;Zestaw:</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Czas pozostały w tym kroku</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>Postęp zestawu</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Strzałka w lewo</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Rozpocznij</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Rozpocznij</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spacja</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>P&amp;omiń</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Strzałka w prawo</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zakończ</translation>
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
        <translation>Zestaw ukończony</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Dobra robota!</translation>
    </message>
    <message>
        <source>Your stretch break is recorded as done.</source>
        <translation>Przerwa na rozciąganie została zapisana jako wykonana.</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Krok {number} z {count}</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Wznów</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pauza</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Za&amp;mknij</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>SvgView</name>
    <message>
        <source>Drawing: {title}</source>
        <translation>Rysunek: {title}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>spasmguard: paused until {time}</source>
        <translation>spasmguard: wstrzymany do {time}</translation>
    </message>
    <message>
        <source>spasmguard: paused</source>
        <translation>spasmguard: wstrzymany</translation>
    </message>
    <message>
        <source>spasmguard: next, {title} at {time}</source>
        <translation>spasmguard: następne – {title}, {time}</translation>
    </message>
    <message>
        <source>spasmguard: no reminders scheduled</source>
        <translation>spasmguard: brak zaplanowanych przypomnień</translation>
    </message>
    <message>
        <source>Water today: {drunk} of {goal} ml</source>
        <translation>Woda dzisiaj: {drunk} z {goal} ml</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>30 minutes</source>
        <translation>30 minut</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 godzina</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 godziny</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Do jutra</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>Dopóki nie wznowię</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Na 1 godzinę</translation>
    </message>
    <message>
        <source>Until I turn it off</source>
        <translation>Dopóki nie wyłączę</translation>
    </message>
    <message>
        <source>I drank a glass of water  ({drunk} / {goal} ml)</source>
        <translation>Wypita szklanka wody  ({drunk} / {goal} ml)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>All reminders are switched off</source>
        <translation>Wszystkie przypomnienia są wyłączone</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>wstrzymane</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>niezaplanowane</translation>
    </message>
    <message>
        <source>snoozed until {time}</source>
        <translation>odłożone do {time}</translation>
    </message>
    <message>
        <source>next {time}</source>
        <translation>następne: {time}</translation>
    </message>
    <message>
        <source>Show this reminder now</source>
        <translation>Pokaż to przypomnienie teraz</translation>
    </message>
    <message>
        <source>S&amp;tretch break…</source>
        <translation>Przerwa na &amp;rozciąganie…</translation>
    </message>
    <message>
        <source>&amp;Breathing break…</source>
        <translation>Przerwa na &amp;oddech…</translation>
    </message>
    <message>
        <source>Posture chec&amp;k…</source>
        <translation>&amp;Kontrola postawy…</translation>
    </message>
    <message>
        <source>&amp;Lifting technique…</source>
        <translation>&amp;Bezpieczne podnoszenie…</translation>
    </message>
    <message>
        <source>&amp;If your back is in spasm now…</source>
        <translation>&amp;Jeśli masz teraz skurcz pleców…</translation>
    </message>
    <message>
        <source>&amp;When to see a professional…</source>
        <translation>Kiedy zgłosić się do &amp;specjalisty…</translation>
    </message>
    <message>
        <source>W&amp;elcome tour…</source>
        <translation>&amp;Wprowadzenie…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historia…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>Turn off &amp;do not disturb (on until {time})</source>
        <translation>Wyłącz tryb „&amp;Nie przeszkadzać” (włączony do {time})</translation>
    </message>
    <message>
        <source>Turn off &amp;do not disturb</source>
        <translation>Wyłącz tryb „&amp;Nie przeszkadzać”</translation>
    </message>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>&amp;Nie przeszkadzać</translation>
    </message>
    <message>
        <source>&amp;Resume reminders (paused until {time})</source>
        <translation>Wznów &amp;przypomnienia (wstrzymane do {time})</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>Wznów &amp;przypomnienia</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>Wstrzymaj &amp;przypomnienia</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome to spasmguard</source>
        <translation>Witaj w spasmguard</translation>
    </message>
    <message>
        <source>spasmguard reminds you, during your working hours, of four everyday habits that can help prevent back spasms:</source>
        <translation>spasmguard w godzinach pracy przypomina ci o czterech codziennych nawykach, które mogą pomóc zapobiegać skurczom pleców:</translation>
    </message>
    <message>
        <source>Away from the desk, walking, swimming and cycling are gentle ways to stay fit that can help your back too.</source>
        <translation>Z dala od biurka spacery, pływanie i jazda na rowerze to łagodne sposoby na utrzymanie formy, które mogą też pomóc plecom.</translation>
    </message>
    <message>
        <source>When reminders come</source>
        <translation>Kiedy pojawiają się przypomnienia</translation>
    </message>
    <message>
        <source>Working days, your own reminder texts and the rest are in Settings, in the tray menu. This welcome is there too, as Welcome tour.</source>
        <translation>Dni pracy, własne teksty przypomnień i resztę znajdziesz w Ustawieniach w menu zasobnika. Jest tam też to powitanie, jako Wprowadzenie.</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Początek pracy</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Koniec pracy</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>&amp;Working hours</source>
        <translation>&amp;Godziny pracy</translation>
    </message>
    <message>
        <source>{title}: every</source>
        <translation>{title}: co</translation>
    </message>
    <message>
        <source>{title}, every</source>
        <translation>{title}, co</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>&amp;Zapisz i zacznij</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>P&amp;omiń</translation>
    </message>
    <message>
        <source>Keep the settings as they are</source>
        <translation>Zostaw ustawienia bez zmian</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Nie zapisano ustawień</translation>
    </message>
</context>
<context>
    <name>_Drawing</name>
    <message>
        <source>Drawing: {title}</source>
        <translation>Rysunek: {title}</translation>
    </message>
</context>
<context>
    <name>_UnitSpinBox</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n sekunda</numerusform>
            <numerusform>%n sekundy</numerusform>
            <numerusform>%n sekund</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ml</source>
        <translation>
            <numerusform>%n ml</numerusform>
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
        <translation>Żądanie jest za duże.</translation>
    </message>
    <message>
        <source>Unknown command: %s.</source>
        <translation>Nieznane polecenie: %s.</translation>
    </message>
    <message>
        <source>The command failed inside spasmguard; see its log for details.</source>
        <translation>Polecenie nie powiodło się wewnątrz spasmguard; szczegóły są w jego dzienniku.</translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation>Żądanie nie jest poprawnym JSON-em.</translation>
    </message>
    <message>
        <source>The request must be a JSON object.</source>
        <translation>Żądanie musi być obiektem JSON.</translation>
    </message>
    <message>
        <source>The request needs a text &quot;cmd&quot; and an object &quot;args&quot;.</source>
        <translation>Żądanie wymaga tekstu &quot;cmd&quot; i obiektu &quot;args&quot;.</translation>
    </message>
</context>
</TS>
