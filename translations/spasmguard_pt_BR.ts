<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>must be true or false, got {value}</source>
        <translation>deve ser true ou false, mas é {value}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}, got {value}</source>
        <translation>deve ser um número inteiro de {low} a {high}, mas é {value}</translation>
    </message>
    <message>
        <source>must be text, got {value}</source>
        <translation>deve ser texto, mas é {value}</translation>
    </message>
    <message>
        <source>must be at most {most} characters long, got {length} characters</source>
        <translation>deve ter no máximo {most} caracteres, mas tem {length}</translation>
    </message>
    <message>
        <source>must be one of {allowed}, got {value}</source>
        <translation>deve ser um de {allowed}, mas é {value}</translation>
    </message>
    <message>
        <source>must be a time of day like &quot;09:00&quot; (00:00 to 23:59), got {value}</source>
        <translation>deve ser um horário como &quot;09:00&quot; (de 00:00 a 23:59), mas é {value}</translation>
    </message>
    <message>
        <source>must be a list of day names ({allowed}), got {value}</source>
        <translation>deve ser uma lista de nomes de dias ({allowed}), mas é {value}</translation>
    </message>
    <message>
        <source>must name at least one day (to stop reminders, set enabled = false)</source>
        <translation>deve indicar pelo menos um dia (para desligar os lembretes: enabled = false)</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Início do expediente</translation>
    </message>
    <message>
        <source>Reminders come only between the start and end of your working hours.</source>
        <translation>Os lembretes só aparecem entre o início e o fim do seu expediente.</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Fim do expediente</translation>
    </message>
    <message>
        <source>End of your working hours; an end before the start means the hours run past midnight.</source>
        <translation>Fim do seu expediente; um fim antes do início significa que o expediente passa da meia-noite.</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Dias de trabalho</translation>
    </message>
    <message>
        <source>The days of the week on which reminders come.</source>
        <translation>Os dias da semana em que os lembretes aparecem.</translation>
    </message>
    <message>
        <source>Snooze (minutes)</source>
        <translation>Adiar (minutos)</translation>
    </message>
    <message>
        <source>How long the Snooze button postpones a reminder.</source>
        <translation>Por quanto tempo o botão “Adiar” adia um lembrete.</translation>
    </message>
    <message>
        <source>Reminder style</source>
        <translation>Tipo de lembrete</translation>
    </message>
    <message>
        <source>How reminders appear: &quot;desktop&quot; notifications, or spasmguard&apos;s own &quot;window&quot;.</source>
        <translation>Como os lembretes aparecem: como notificações da área de trabalho (“desktop”) ou em uma janela própria do spasmguard (“window”).</translation>
    </message>
    <message>
        <source>Reminder window time (seconds)</source>
        <translation>Tempo da janela (segundos)</translation>
    </message>
    <message>
        <source>How long spasmguard&apos;s own reminder window stays before the reminder counts as missed.</source>
        <translation>Por quanto tempo a janela de lembrete do spasmguard fica aberta antes de o lembrete contar como perdido.</translation>
    </message>
    <message>
        <source>Away counts as a break after (minutes)</source>
        <translation>Ausência conta como pausa após (minutos)</translation>
    </message>
    <message>
        <source>After this long without keyboard or mouse input you count as away: posture and stretch timers restart when you are back, and reminders due meanwhile wait for your return.</source>
        <translation>Depois desse tempo sem uso do teclado ou do mouse, você é considerado ausente: os tempos de postura e alongamento recomeçam quando você volta, e os lembretes que vencerem nesse intervalo esperam sua volta.</translation>
    </message>
    <message>
        <source>Hold reminders during fullscreen</source>
        <translation>Segurar lembretes em tela cheia</translation>
    </message>
    <message>
        <source>While the active window is fullscreen (a video, a presentation, a game), reminders wait and then come once, together.</source>
        <translation>Enquanto a janela ativa estiver em tela cheia (um vídeo, uma apresentação, um jogo), os lembretes esperam e depois aparecem uma vez, juntos.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar ao fazer login</translation>
    </message>
    <message>
        <source>Start spasmguard automatically when you log in to your desktop.</source>
        <translation>Iniciar o spasmguard automaticamente quando você entra na sua sessão.</translation>
    </message>
    <message>
        <source>Daily water goal (ml)</source>
        <translation>Meta diária de água (ml)</translation>
    </message>
    <message>
        <source>How much water you aim to drink each day, unless a doctor has told you to limit fluids.</source>
        <translation>Quanta água você pretende beber por dia, a menos que um médico tenha dito para você limitar líquidos.</translation>
    </message>
    <message>
        <source>Glass size (ml)</source>
        <translation>Tamanho do copo (ml)</translation>
    </message>
    <message>
        <source>How much one logged drink counts for.</source>
        <translation>Quanto conta cada copo registrado.</translation>
    </message>
    <message>
        <source>Stop water reminders at the goal</source>
        <translation>Parar lembretes de água ao atingir a meta</translation>
    </message>
    <message>
        <source>When today&apos;s water reaches the daily goal, hydration reminders stop until the next day.</source>
        <translation>Quando a água de hoje atinge a meta diária, os lembretes de hidratação param até o dia seguinte.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of menus, windows, reminder texts and guides; windows that are open change when they are opened again.</source>
        <translation>O idioma dos menus, janelas, lembretes e guias; janelas abertas mudam quando são abertas de novo.</translation>
    </message>
    <message>
        <source>Chime between stretches</source>
        <translation>Som entre alongamentos</translation>
    </message>
    <message>
        <source>Sound the system&apos;s alert sound when a guided stretch moves on to its next step.</source>
        <translation>Tocar o som de alerta do sistema quando um alongamento guiado passa para a próxima etapa.</translation>
    </message>
    <message>
        <source>Breathe in (seconds)</source>
        <translation>Inspirar (segundos)</translation>
    </message>
    <message>
        <source>How long each breath in lasts in a guided breathing break.</source>
        <translation>Quanto dura cada inspiração em uma pausa de respiração guiada.</translation>
    </message>
    <message>
        <source>Breathe out (seconds)</source>
        <translation>Expirar (segundos)</translation>
    </message>
    <message>
        <source>How long each breath out lasts in a guided breathing break.</source>
        <translation>Quanto dura cada expiração em uma pausa de respiração guiada.</translation>
    </message>
    <message>
        <source>Breathing break (minutes)</source>
        <translation>Pausa para respirar (minutos)</translation>
    </message>
    <message>
        <source>How long a guided breathing break lasts; it ends after a full breath out.</source>
        <translation>Quanto dura uma pausa de respiração guiada; ela termina após uma expiração completa.</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Ativado</translation>
    </message>
    <message>
        <source>Whether this reminder comes at all.</source>
        <translation>Se este lembrete aparece ou não.</translation>
    </message>
    <message>
        <source>Every (minutes)</source>
        <translation>A cada (minutos)</translation>
    </message>
    <message>
        <source>Minutes between two reminders of this habit.</source>
        <translation>Minutos entre dois lembretes deste hábito.</translation>
    </message>
    <message>
        <source>Your own reminder text</source>
        <translation>Seu próprio texto</translation>
    </message>
    <message>
        <source>When not blank, this text is shown instead of the rotating reminder texts.</source>
        <translation>Se não estiver vazio, este texto aparece no lugar dos textos que se alternam.</translation>
    </message>
    <message>
        <source>Own working hours start</source>
        <translation>Início de expediente próprio</translation>
    </message>
    <message>
        <source>Start of this habit&apos;s own hours; leave it out to use the general working hours.</source>
        <translation>Início do horário próprio deste hábito; sem valor, vale o expediente geral.</translation>
    </message>
    <message>
        <source>Own working hours end</source>
        <translation>Fim de expediente próprio</translation>
    </message>
    <message>
        <source>End of this habit&apos;s own hours; leave it out to use the general working hours.</source>
        <translation>Fim do horário próprio deste hábito; sem valor, vale o expediente geral.</translation>
    </message>
    <message>
        <source>Own working days</source>
        <translation>Dias de trabalho próprios</translation>
    </message>
    <message>
        <source>The days this habit reminds you on; leave it out to use the general working days.</source>
        <translation>Os dias em que este hábito lembra você; sem valor, valem os dias de trabalho gerais.</translation>
    </message>
    <message>
        <source>not UTF-8 text: byte {byte} is invalid</source>
        <translation>não é texto UTF-8: o byte {byte} é inválido</translation>
    </message>
    <message>
        <source>not valid TOML: {error}</source>
        <translation>não é TOML válido: {error}</translation>
    </message>
    <message>
        <source>not valid TOML: nested too deeply</source>
        <translation>não é TOML válido: aninhamento profundo demais</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permissão negada</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason})</source>
        <translation>não foi possível ler {file} ({reason})</translation>
    </message>
    <message>
        <source>{problem}; defaults are in use.</source>
        <translation>{problem}; os valores padrão estão em uso.</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>{problem} and could not be copied aside. {reason} Defaults are in use and the file will not be overwritten.</source>
        <translation>{problem} e não foi possível guardar uma cópia à parte. {reason} Os valores padrão estão em uso e o arquivo não será sobrescrito.</translation>
    </message>
    <message>
        <source>{problem}; a copy was saved as {copy} and defaults are in use.</source>
        <translation>{problem}; uma cópia foi salva como {copy} e os valores padrão estão em uso.</translation>
    </message>
    <message>
        <source>{file} was written by a newer spasmguard (settings version {version}, this one knows {target}); the settings it understands are used and the file is left unchanged.</source>
        <translation>{file} foi gravado por um spasmguard mais novo (versão de configurações {version}; esta conhece a {target}); as configurações que ela entende são usadas e o arquivo não é alterado.</translation>
    </message>
    <message>
        <source>{file} could not be upgraded from settings version {version} ({error}); defaults are in use and the file is left unchanged.</source>
        <translation>não foi possível atualizar {file} da versão de configurações {version} ({error}); os valores padrão estão em uso e o arquivo não é alterado.</translation>
    </message>
    <message>
        <source>must be a whole number of 1 or more, got {value}; 1 is assumed</source>
        <translation>deve ser um número inteiro de 1 ou mais, mas é {value}; será usado 1</translation>
    </message>
    <message>
        <source>must be a table, got {value}</source>
        <translation>deve ser uma tabela, mas é {value}</translation>
    </message>
    <message>
        <source>is not a habit (known habits: {habits})</source>
        <translation>não é um hábito (hábitos conhecidos: {habits})</translation>
    </message>
    <message>
        <source>is not a setting spasmguard knows (misspelt or misplaced?)</source>
        <translation>não é uma configuração que o spasmguard conhece (erro de digitação ou lugar errado?)</translation>
    </message>
    <message>
        <source>{file} is from a newer spasmguard or could not be upgraded, so it is left unchanged.</source>
        <translation>{file} é de um spasmguard mais novo ou não pôde ser atualizado, por isso fica como está.</translation>
    </message>
    <message>
        <source>Could not save {file}: it could not be read ({reason}) and has not been copied aside, so it is left unchanged.</source>
        <translation>Não foi possível salvar {file}: ele não pôde ser lido ({reason}) e nenhuma cópia foi guardada à parte, por isso fica como está.</translation>
    </message>
    <message>
        <source>Could not save {file}: it could not be updated ({error}).</source>
        <translation>Não foi possível salvar {file}: ele não pôde ser atualizado ({error}).</translation>
    </message>
    <message>
        <source>{file} is from a newer spasmguard, so it is left unchanged.</source>
        <translation>{file} é de um spasmguard mais novo, por isso fica como está.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionais</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opções</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ajuda e sair</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar o número da versão e sair</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opção inválida: %(value)r (escolha entre %(choices)s)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>os seguintes argumentos são obrigatórios: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos não reconhecidos: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>era esperado um argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>era esperado no máximo um argumento</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argumento explícito %r ignorado</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opção ambígua: %(option)s pode corresponder a %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s inválido: %(value)r</translation>
    </message>
    <message>
        <source>{prog}: {problem} (see &apos;{prog} --help&apos;)</source>
        <translation>{prog}: {problem} (veja &apos;{prog} --help&apos;)</translation>
    </message>
    <message>
        <source>{name} must be a whole number from {low} to {high}, got &apos;{text}&apos;</source>
        <translation>{name} deve ser um número inteiro de {low} a {high}, mas foi &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>pause length</source>
        <translation>a duração da pausa</translation>
    </message>
    <message>
        <source>A tray app that reminds you to check your posture, drink water, stretch and take stress breaks. Run without a command to start it.</source>
        <translation>Um app da bandeja que lembra você de conferir a postura, beber água, se alongar e fazer pausas contra o estresse. Execute sem comando para iniciá-lo.</translation>
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
        <translation>mostrar o próximo lembrete de cada hábito</translation>
    </message>
    <message>
        <source>print machine-readable JSON</source>
        <translation>imprimir JSON legível por máquina</translation>
    </message>
    <message>
        <source>show a habit&apos;s reminder now</source>
        <translation>mostrar agora o lembrete de um hábito</translation>
    </message>
    <message>
        <source>put off a habit&apos;s reminder for some minutes</source>
        <translation>adiar por alguns minutos o lembrete de um hábito</translation>
    </message>
    <message>
        <source>pause all reminders: {minutes}, &apos;tomorrow&apos; or &apos;off&apos;</source>
        <translation>pausar todos os lembretes: {minutes}, &apos;tomorrow&apos; ou &apos;off&apos;</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>encerrar uma pausa</translation>
    </message>
    <message>
        <source>mark a habit done now (its timer restarts)</source>
        <translation>marcar um hábito como feito (o cronômetro dele recomeça)</translation>
    </message>
    <message>
        <source>count water you drank (default: one glass)</source>
        <translation>contar a água que você bebeu (padrão: um copo)</translation>
    </message>
    <message>
        <source>ML</source>
        <translation>ML</translation>
    </message>
    <message>
        <source>open a window of the running app</source>
        <translation>abrir uma janela do app em execução</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>encerrar o app em execução</translation>
    </message>
    <message>
        <source>&apos;path&apos; prints where settings live; &apos;check&apos; validates</source>
        <translation>&apos;path&apos; mostra onde ficam as configurações; &apos;check&apos; as verifica</translation>
    </message>
    <message>
        <source>add spasmguard to your desktop&apos;s app menus</source>
        <translation>adicionar o spasmguard aos menus de aplicativos da sua área de trabalho</translation>
    </message>
    <message>
        <source>export or delete the history (app not needed)</source>
        <translation>exportar ou apagar o histórico (o app não precisa estar aberto)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>write every event to {file}</source>
        <translation>gravar todos os eventos em {file}</translation>
    </message>
    <message>
        <source>the file to write (replaced if it exists), - for stdout</source>
        <translation>o arquivo a gravar (substituído se existir), - para a saída padrão</translation>
    </message>
    <message>
        <source>delete every event (snoozes and pauses stay)</source>
        <translation>apagar todos os eventos (adiamentos e pausas continuam)</translation>
    </message>
    <message>
        <source>confirm: this cannot be undone</source>
        <translation>confirmar: não pode ser desfeito</translation>
    </message>
    <message>
        <source>spasmguard: unexpected error: {error}</source>
        <translation>spasmguard: erro inesperado: {error}</translation>
    </message>
    <message>
        <source>spasmguard is not running.</source>
        <translation>O spasmguard não está em execução.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>not created yet (defaults in use)</source>
        <translation>ainda não criado (valores padrão em uso)</translation>
    </message>
    <message>
        <source>Problems in {file}: {count}; defaults are used for those keys.</source>
        <translation>Problemas em {file}: {count}; os valores padrão são usados para essas chaves.</translation>
    </message>
    <message>
        <source>this deletes every event for good; add --yes to confirm.</source>
        <translation>isto apaga todos os eventos para sempre; adicione --yes para confirmar.</translation>
    </message>
    <message>
        <source>Events deleted: {count}.</source>
        <translation>Eventos apagados: {count}.</translation>
    </message>
    <message>
        <source>Events exported to {file}: {count}.</source>
        <translation>Eventos exportados para {file}: {count}.</translation>
    </message>
    <message>
        <source>installed {file}</source>
        <translation>{file} instalado</translation>
    </message>
    <message>
        <source>{zone} (a fixed offset: no daylight-saving changes)</source>
        <translation>{zone} (um deslocamento fixo: sem horário de verão)</translation>
    </message>
    <message>
        <source>Could not create the folder {folder}</source>
        <translation>Não foi possível criar a pasta {folder}</translation>
    </message>
    <message>
        <source>Could not save {file}</source>
        <translation>Não foi possível salvar {file}</translation>
    </message>
    <message>
        <source>The previous file is unchanged.</source>
        <translation>O arquivo anterior não foi alterado.</translation>
    </message>
    <message>
        <source>Could not write {file}</source>
        <translation>Não foi possível gravar {file}</translation>
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
        <translation>foi aberto somente para leitura</translation>
    </message>
    <message>
        <source>{file} is not a complete spasmguard history yet</source>
        <translation>{file} ainda não é um histórico completo do spasmguard</translation>
    </message>
    <message>
        <source>{file} was written by an older spasmguard; start the app once to update it</source>
        <translation>{file} foi gravado por um spasmguard mais antigo; abra o app uma vez para atualizá-lo</translation>
    </message>
    <message>
        <source>it was written by a newer spasmguard</source>
        <translation>foi gravado por um spasmguard mais novo</translation>
    </message>
    <message>
        <source>{file} is not a spasmguard history database</source>
        <translation>{file} não é um banco de dados de histórico do spasmguard</translation>
    </message>
    <message>
        <source>{file} is open read-only: {reason}</source>
        <translation>{file} está aberto somente para leitura: {reason}</translation>
    </message>
    <message>
        <source>could not open {file}: {reason}</source>
        <translation>não foi possível abrir {file}: {reason}</translation>
    </message>
    <message>
        <source>could not write to {file}: {reason}</source>
        <translation>não foi possível gravar em {file}: {reason}</translation>
    </message>
    <message>
        <source>spasmguard is running.</source>
        <translation>O spasmguard está em execução.</translation>
    </message>
    <message>
        <source>spasmguard is not running; times show when reminders would come if it started now.</source>
        <translation>O spasmguard não está em execução; os horários mostram quando os lembretes viriam se ele fosse aberto agora.</translation>
    </message>
    <message>
        <source>All reminders are paused until you resume them.</source>
        <translation>Todos os lembretes estão pausados até você retomá-los.</translation>
    </message>
    <message>
        <source>All reminders are paused until {time}.</source>
        <translation>Todos os lembretes estão pausados até {time}.</translation>
    </message>
    <message>
        <source>Times are in {zone}.</source>
        <translation>Horários no fuso {zone}.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>every {minutes} min, not scheduled</source>
        <translation>a cada {minutes} min, não agendado</translation>
    </message>
    <message>
        <source>every {minutes} min, next {time} (snoozed until {until})</source>
        <translation>a cada {minutes} min, próximo: {time} (adiado até {until})</translation>
    </message>
    <message>
        <source>every {minutes} min, next {time}</source>
        <translation>a cada {minutes} min, próximo: {time}</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>seg</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>ter</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>qua</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>qui</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>sex</translation>
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
        <translation>Não foi possível contatar o spasmguard em execução: {reason}.</translation>
    </message>
    <message>
        <source>spasmguard did not answer in time.</source>
        <translation>O spasmguard não respondeu a tempo.</translation>
    </message>
    <message>
        <source>spasmguard closed the connection without answering.</source>
        <translation>O spasmguard fechou a conexão sem responder.</translation>
    </message>
    <message>
        <source>spasmguard sent a reply that cannot be read.</source>
        <translation>O spasmguard enviou uma resposta que não pode ser lida.</translation>
    </message>
    <message>
        <source>The command failed.</source>
        <translation>O comando falhou.</translation>
    </message>
    <message>
        <source>{problem} The new settings are in effect until spasmguard quits.</source>
        <translation>{problem} As novas configurações valem até o spasmguard ser encerrado.</translation>
    </message>
    <message>
        <source>Start at login could not be switched on. {reason}</source>
        <translation>Não foi possível ativar a inicialização no login. {reason}</translation>
    </message>
    <message>
        <source>Start at login could not be switched off. {reason}</source>
        <translation>Não foi possível desativar a inicialização no login. {reason}</translation>
    </message>
    <message>
        <source>Could not remove {file}: {reason}.</source>
        <translation>Não foi possível remover {file}: {reason}.</translation>
    </message>
    <message>
        <source>logging to stderr, {error}</source>
        <translation>o registro vai para o stderr: {error}</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are not set); start it from your desktop session. The commands (spasmguard status, ...) work without one.</source>
        <translation>nenhuma tela encontrada (DISPLAY e WAYLAND_DISPLAY não estão definidas); abra o spasmguard pela sua sessão da área de trabalho. Os comandos (spasmguard status, ...) funcionam sem tela.</translation>
    </message>
    <message>
        <source>cannot listen for commands at {path}: {error}</source>
        <translation>não é possível receber comandos em {path}: {error}</translation>
    </message>
    <message>
        <source>another copy holds the lock but does not answer.</source>
        <translation>outra cópia está com a trava, mas não responde.</translation>
    </message>
    <message>
        <source>{error}; history is not saved this session.</source>
        <translation>{error}; o histórico não será salvo nesta sessão.</translation>
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
        <translation>Um círculo que cresce quando você inspira e diminui quando você expira.</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing break</source>
        <translation>Pausa para respirar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Encerrar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Encerrar</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Encerrar (Esc)</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Muito bem</translation>
    </message>
    <message>
        <source>Your breathing break is recorded as done.</source>
        <translation>Sua pausa para respirar foi registrada como feita.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Paused, {time} left</source>
        <translation>Em pausa, faltam {time}</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>faltam {time}</translation>
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
        <translation>{action} (Espaço)</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspire</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expire</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>This desktop does not tell apps how long you have been idle.</source>
        <translation>Esta área de trabalho não informa aos aplicativos há quanto tempo você está inativo.</translation>
    </message>
    <message>
        <source>This desktop does not tell apps when a window is fullscreen.</source>
        <translation>Esta área de trabalho não informa aos aplicativos quando uma janela está em tela cheia.</translation>
    </message>
    <message>
        <source>GNOME on Wayland does not tell apps when a window is fullscreen.</source>
        <translation>O GNOME no Wayland não informa aos aplicativos quando uma janela está em tela cheia.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Unknown habit {habit!r}.</source>
        <translation>Hábito desconhecido {habit!r}.</translation>
    </message>
    <message>
        <source>Showing the {title} reminder.</source>
        <translation>Mostrando o lembrete “{title}”.</translation>
    </message>
    <message>
        <source>Snooze length must be a whole number of minutes, 1 to {most}.</source>
        <translation>O adiamento deve ser um número inteiro de minutos, de 1 a {most}.</translation>
    </message>
    <message>
        <source>{title} snoozed until {time}.</source>
        <translation>{title}: adiado até {time}.</translation>
    </message>
    <message>
        <source>Pause length must be 1 to {most} minutes, &apos;tomorrow&apos; or &apos;off&apos;.</source>
        <translation>A pausa deve ser de 1 a {most} minutos, ou &apos;tomorrow&apos; ou &apos;off&apos;.</translation>
    </message>
    <message>
        <source>Reminders paused until you resume them.</source>
        <translation>Lembretes pausados até você retomá-los.</translation>
    </message>
    <message>
        <source>Reminders paused until {time}.</source>
        <translation>Lembretes pausados até {time}.</translation>
    </message>
    <message>
        <source>Reminders resumed.</source>
        <translation>Lembretes retomados.</translation>
    </message>
    <message>
        <source>{title}: done.</source>
        <translation>{title}: feito.</translation>
    </message>
    <message>
        <source>The amount must be a whole number of millilitres, 1 to {most}.</source>
        <translation>A quantidade deve ser um número inteiro de mililitros, de 1 a {most}.</translation>
    </message>
    <message>
        <source>Water today: {total} of {goal} ml.</source>
        <translation>Água hoje: {total} de {goal} ml.</translation>
    </message>
    <message>
        <source>Unknown window {name!r}.</source>
        <translation>Janela desconhecida {name!r}.</translation>
    </message>
    <message>
        <source>spasmguard is quitting.</source>
        <translation>O spasmguard está sendo encerrado.</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>Some settings could not be used, so their defaults are in effect:</source>
        <translation>Algumas configurações não puderam ser usadas, então valem os valores padrão delas:</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>done</source>
        <translation>feito</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>adiado</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>pulado</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdido</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Último %n dia</numerusform>
            <numerusform>Últimos %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Período exibido</translation>
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
        <translation>&amp;Apagar histórico…</translation>
    </message>
    <message>
        <source>Charts by habit</source>
        <translation>Gráficos por hábito</translation>
    </message>
    <message>
        <source>answers per day</source>
        <translation>respostas por dia</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Água</translation>
    </message>
    <message>
        <source>water per day</source>
        <translation>água por dia</translation>
    </message>
    <message>
        <source>water (dashed line: daily goal)</source>
        <translation>água (linha tracejada: meta diária)</translation>
    </message>
    <message>
        <source>{title}: {what}</source>
        <translation>{title}: {what}</translation>
    </message>
    <message>
        <source>{title}: the numbers of each day</source>
        <translation>{title}: os números de cada dia</translation>
    </message>
    <message>
        <source>{summary} In this period: {totals}.</source>
        <translation>{summary} Neste período: {totals}.</translation>
    </message>
    <message>
        <source>Nothing recorded in this period</source>
        <translation>Nada registrado neste período</translation>
    </message>
    <message>
        <source>Days in a row: {current} now, {best} at best</source>
        <translation>Dias seguidos: {current} agora, {best} no máximo</translation>
    </message>
    <message>
        <source>no answered reminders in this period</source>
        <translation>nenhum lembrete respondido neste período</translation>
    </message>
    <message>
        <source>done {percent} % of the times it was due</source>
        <translation>feito em {percent}% das vezes em que era devido</translation>
    </message>
    <message numerus="yes">
        <source>Daily goal {goal} ml, reached on {met} of %n days.</source>
        <translation>
            <numerusform>Meta diária {goal} ml, atingida em {met} de %n dia.</numerusform>
            <numerusform>Meta diária {goal} ml, atingida em {met} de %n dias.</numerusform>
        </translation>
    </message>
    <message>
        <source>water</source>
        <translation>água</translation>
    </message>
    <message>
        <source>No water recorded in this period</source>
        <translation>Nenhuma água registrada neste período</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar histórico</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha ao exportar</translation>
    </message>
    <message>
        <source>Export written to {path} (events: {count}).</source>
        <translation>Exportação salva em {path} (registros: {count}).</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>Falha ao apagar</translation>
    </message>
    <message>
        <source>History deleted (events removed: {count}).</source>
        <translation>Histórico apagado (registros removidos: {count}).</translation>
    </message>
    <message>
        <source>Delete history?</source>
        <translation>Apagar o histórico?</translation>
    </message>
    <message>
        <source>Delete every recorded reminder, answer and glass of water? Streaks start again from zero. This cannot be undone; export the history first to keep a copy.</source>
        <translation>Apagar todos os lembretes, respostas e copos de água registrados? As sequências recomeçam do zero. Isso não pode ser desfeito; exporte o histórico antes se quiser guardar uma cópia.</translation>
    </message>
    <message>
        <source>Delete history</source>
        <translation>Apagar histórico</translation>
    </message>
</context>
<context>
    <name>LiftingPanel</name>
    <message>
        <source>Safe lifting</source>
        <translation>Levantar peso com segurança</translation>
    </message>
    <message>
        <source>Lift safely, step by step</source>
        <translation>Levante peso com segurança, passo a passo</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Faça</translation>
    </message>
    <message>
        <source>Don&apos;t</source>
        <translation>Evite</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Quando procurar um profissional</translation>
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
        <translation>&amp;Lembretes e configurações</translation>
    </message>
    <message>
        <source>Closing this window keeps your reminders running. To open it again, start spasmguard again from your application menu.</source>
        <translation>Fechar esta janela não interrompe os lembretes. Para abri-la de novo, inicie o spasmguard outra vez pelo menu de aplicativos.</translation>
    </message>
    <message>
        <source>Your desktop shows no tray icons, so spasmguard has no icon in the top bar. This window stands in for it. It opens by itself this once only.</source>
        <translation>Sua área de trabalho não mostra ícones na bandeja, por isso o spasmguard não tem ícone na barra superior. Esta janela faz esse papel. Ela só se abre sozinha desta vez.</translation>
    </message>
    <message>
        <source>&amp;Add spasmguard to the application menu</source>
        <translation>&amp;Adicionar o spasmguard ao menu de aplicativos</translation>
    </message>
    <message>
        <source>Added: spasmguard is now in your application menu.</source>
        <translation>Pronto: o spasmguard já está no menu de aplicativos.</translation>
    </message>
</context>
<context>
    <name>NotificationSender</name>
    <message>
        <source>Done</source>
        <extracomment>The longest close() holds the GUI thread at quit; a server slower than that is not waited for.</extracomment>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Adiar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>+ a glass</source>
        <translation>+ um copo</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>Todas as respostas</translation>
    </message>
    <message>
        <source>No D-Bus session bus is available.</source>
        <translation>Nenhum barramento de sessão D-Bus disponível.</translation>
    </message>
    <message>
        <source>No notification server is running.</source>
        <translation>Nenhum servidor de notificações está em execução.</translation>
    </message>
    <message>
        <source>The notification server cannot show buttons.</source>
        <translation>O servidor de notificações não consegue mostrar botões.</translation>
    </message>
    <message>
        <source>The notification server did not answer in time.</source>
        <translation>O servidor de notificações não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The notification server refused it.</source>
        <translation>O servidor de notificações a recusou.</translation>
    </message>
</context>
<context>
    <name>PostureCheck</name>
    <message>
        <source>Posture check</source>
        <translation>Conferir a postura</translation>
    </message>
    <message>
        <source>How are you sitting?</source>
        <translation>Como está sua postura?</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Feito</translation>
    </message>
    <message>
        <source>Save these answers; counts as a posture check done</source>
        <translation>Salvar estas respostas; conta como verificação de postura feita</translation>
    </message>
    <message>
        <source>Your answers are kept, so this window can show what you miss most.</source>
        <translation>Suas respostas ficam guardadas para que esta janela mostre o que você mais deixa passar.</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days: every item was right at every check.</source>
        <translation>
            <numerusform>Último %n dia: tudo estava certo em cada verificação.</numerusform>
            <numerusform>Últimos %n dias: tudo estava certo em cada verificação.</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} ({missed} of {total} checks)</source>
        <translation>{title} ({missed} de {total} verificações)</translation>
    </message>
    <message numerus="yes">
        <source>Most often missed in the last %n days: {items}.</source>
        <translation>
            <numerusform>O que você mais deixou passar no último %n dia: {items}.</numerusform>
            <numerusform>O que você mais deixou passar nos últimos %n dias: {items}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfessionalPanel</name>
    <message>
        <source>When to see a professional</source>
        <translation>Quando procurar um profissional</translation>
    </message>
</context>
<context>
    <name>ReminderSession</name>
    <message>
        <source>Welcome back - you were away {duration}.</source>
        <extracomment>The plan, the state or &quot;do not disturb&quot; changed: the views refresh. Show the app&apos;s own reminder window for this habit, with this text. The habit&apos;s reminder was settled elsewhere: withdraw its reminder window, if one is open. Open (or raise) the window of this name, one of OPEN_WINDOWS, with the launcher&apos;s activation tokens (a mapping, empty unless a command forwarded them).</extracomment>
        <translation>Olá de novo: você ficou fora por {duration}.</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
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
        <translation>Lembrete: {title}</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Start the guided break</source>
        <translation>Iniciar a pausa guiada</translation>
    </message>
    <message>
        <source>+ a &amp;glass</source>
        <translation>+ um &amp;copo</translation>
    </message>
    <message>
        <source>Add a glass</source>
        <translation>Registrar um copo</translation>
    </message>
    <message>
        <source>I drank a glass of water: count it, and this reminder as done</source>
        <translation>Bebi um copo de água: registrar e contar este lembrete como feito</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Feito</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>I did it</source>
        <translation>Já fiz</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Adiar</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Adiar</translation>
    </message>
    <message>
        <source>Remind me again later</source>
        <translation>Lembrar de novo mais tarde</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Pular</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>Not this time</source>
        <translation>Desta vez não</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
</context>
<context>
    <name>SafetyBlocks</name>
    <message>
        <source>Caution</source>
        <translation>Cuidado</translation>
    </message>
</context>
<context>
    <name>SafetyLinks</name>
    <message>
        <source>Warning si&amp;gns…</source>
        <translation>Sinais de &amp;alerta…</translation>
    </message>
    <message>
        <source>&amp;If your back is in spasm now…</source>
        <translation>&amp;Se as costas estiverem em espasmo agora…</translation>
    </message>
    <message>
        <source>When to see a professional, and when to get help now</source>
        <translation>Quando procurar um profissional e quando buscar ajuda já</translation>
    </message>
    <message>
        <source>What to do while your back is in spasm</source>
        <translation>O que fazer enquanto as costas estão em espasmo</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Leave empty for rotating tips</source>
        <translation>Deixe vazio para dicas variadas</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>Notificação da área de trabalho</translation>
    </message>
    <message>
        <source>spasmguard&apos;s own window</source>
        <translation>Janela própria do spasmguard</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>spasmguard settings</source>
        <translation>Configurações do spasmguard</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Seções das configurações</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Use the general setting</source>
        <translation>Usar a configuração geral</translation>
    </message>
    <message>
        <source>While checked, the General tab&apos;s value is used.</source>
        <translation>Enquanto estiver marcado, vale o valor da aba “Geral”.</translation>
    </message>
    <message>
        <source>Start at login not changed</source>
        <translation>Início ao fazer login não alterado</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Configurações não salvas</translation>
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
        <translation>Pausa para alongar</translation>
    </message>
    <message>
        <source>{minutes} min: {title}</source>
        <translation>{minutes} min: {title}</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rotina</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>&amp;Rotina:</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Tempo restante nesta etapa</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>Progresso da rotina</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Seta para a esquerda</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espaço</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Pu&amp;lar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Seta para a direita</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Encerrar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Encerrar</translation>
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
        <translation>Rotina concluída</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Muito bem!</translation>
    </message>
    <message>
        <source>Your stretch break is recorded as done.</source>
        <translation>Sua pausa para alongar foi registrada como feita.</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Etapa {number} de {count}</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Continuar</translation>
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
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>SvgView</name>
    <message>
        <source>Drawing: {title}</source>
        <translation>Desenho: {title}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>spasmguard: paused until {time}</source>
        <translation>spasmguard: pausado até {time}</translation>
    </message>
    <message>
        <source>spasmguard: paused</source>
        <translation>spasmguard: pausado</translation>
    </message>
    <message>
        <source>spasmguard: next, {title} at {time}</source>
        <translation>spasmguard: em seguida, {title} ({time})</translation>
    </message>
    <message>
        <source>spasmguard: no reminders scheduled</source>
        <translation>spasmguard: nenhum lembrete programado</translation>
    </message>
    <message>
        <source>Water today: {drunk} of {goal} ml</source>
        <translation>Água hoje: {drunk} de {goal} ml</translation>
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
        <translation>Até amanhã</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>Até eu retomar</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Por 1 hora</translation>
    </message>
    <message>
        <source>Until I turn it off</source>
        <translation>Até eu desativar</translation>
    </message>
    <message>
        <source>I drank a glass of water  ({drunk} / {goal} ml)</source>
        <translation>Bebi um copo de água  ({drunk} / {goal} ml)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>All reminders are switched off</source>
        <translation>Todos os lembretes estão desativados</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausado</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>não programado</translation>
    </message>
    <message>
        <source>snoozed until {time}</source>
        <translation>adiado até {time}</translation>
    </message>
    <message>
        <source>next {time}</source>
        <translation>próximo: {time}</translation>
    </message>
    <message>
        <source>Show this reminder now</source>
        <translation>Mostrar este lembrete agora</translation>
    </message>
    <message>
        <source>S&amp;tretch break…</source>
        <translation>&amp;Alongamento…</translation>
    </message>
    <message>
        <source>&amp;Breathing break…</source>
        <translation>Pausa para &amp;respirar…</translation>
    </message>
    <message>
        <source>Posture chec&amp;k…</source>
        <translation>Conferir p&amp;ostura…</translation>
    </message>
    <message>
        <source>&amp;Lifting technique…</source>
        <translation>Como &amp;levantar peso…</translation>
    </message>
    <message>
        <source>&amp;If your back is in spasm now…</source>
        <translation>Se as costas estiverem em &amp;espasmo agora…</translation>
    </message>
    <message>
        <source>&amp;When to see a professional…</source>
        <translation>Quando procurar um pro&amp;fissional…</translation>
    </message>
    <message>
        <source>W&amp;elcome tour…</source>
        <translation>Tour de &amp;boas-vindas…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Histórico…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Turn off &amp;do not disturb (on until {time})</source>
        <translation>&amp;Desativar Não perturbe (ativo até {time})</translation>
    </message>
    <message>
        <source>Turn off &amp;do not disturb</source>
        <translation>&amp;Desativar Não perturbe</translation>
    </message>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>&amp;Não perturbe</translation>
    </message>
    <message>
        <source>&amp;Resume reminders (paused until {time})</source>
        <translation>Re&amp;tomar lembretes (pausados até {time})</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>Re&amp;tomar lembretes</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>&amp;Pausar lembretes</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome to spasmguard</source>
        <translation>Boas-vindas ao spasmguard</translation>
    </message>
    <message>
        <source>spasmguard reminds you, during your working hours, of four everyday habits that can help prevent back spasms:</source>
        <translation>Durante o seu expediente, o spasmguard lembra você de quatro hábitos do dia a dia que podem ajudar a prevenir espasmos nas costas:</translation>
    </message>
    <message>
        <source>Away from the desk, walking, swimming and cycling are gentle ways to stay fit that can help your back too.</source>
        <translation>Longe da mesa, caminhar, nadar e pedalar são formas suaves de manter a forma que também podem ajudar suas costas.</translation>
    </message>
    <message>
        <source>When reminders come</source>
        <translation>Quando os lembretes aparecem</translation>
    </message>
    <message>
        <source>Working days, your own reminder texts and the rest are in Settings, in the tray menu. This welcome is there too, as Welcome tour.</source>
        <translation>Dias de trabalho, seus próprios textos e o restante ficam em Configurações, no menu da bandeja. Estas boas-vindas também estão lá, como Tour de boas-vindas.</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Início do expediente</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Fim do expediente</translation>
    </message>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>&amp;Working hours</source>
        <translation>&amp;Expediente</translation>
    </message>
    <message>
        <source>{title}: every</source>
        <translation>{title}: a cada</translation>
    </message>
    <message>
        <source>{title}, every</source>
        <translation>{title}, a cada</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>Salvar e &amp;começar</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Pular</translation>
    </message>
    <message>
        <source>Keep the settings as they are</source>
        <translation>Manter as configurações como estão</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Configurações não salvas</translation>
    </message>
</context>
<context>
    <name>_Drawing</name>
    <message>
        <source>Drawing: {title}</source>
        <translation>Desenho: {title}</translation>
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
        <translation>A solicitação é grande demais.</translation>
    </message>
    <message>
        <source>Unknown command: %s.</source>
        <translation>Comando desconhecido: %s.</translation>
    </message>
    <message>
        <source>The command failed inside spasmguard; see its log for details.</source>
        <translation>O comando falhou dentro do spasmguard; veja o log para detalhes.</translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation>A solicitação não é um JSON válido.</translation>
    </message>
    <message>
        <source>The request must be a JSON object.</source>
        <translation>A solicitação deve ser um objeto JSON.</translation>
    </message>
    <message>
        <source>The request needs a text &quot;cmd&quot; and an object &quot;args&quot;.</source>
        <translation>A solicitação precisa de um texto &quot;cmd&quot; e de um objeto &quot;args&quot;.</translation>
    </message>
</context>
</TS>
