<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>must be true or false, got {value}</source>
        <translation>必须是 true 或 false，当前为 {value}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}, got {value}</source>
        <translation>必须是 {low} 到 {high} 之间的整数，当前为 {value}</translation>
    </message>
    <message>
        <source>must be text, got {value}</source>
        <translation>必须是文本，当前为 {value}</translation>
    </message>
    <message>
        <source>must be at most {most} characters long, got {length} characters</source>
        <translation>最多 {most} 个字符，当前为 {length} 个字符</translation>
    </message>
    <message>
        <source>must be one of {allowed}, got {value}</source>
        <translation>必须是 {allowed} 之一，当前为 {value}</translation>
    </message>
    <message>
        <source>must be a time of day like &quot;09:00&quot; (00:00 to 23:59), got {value}</source>
        <translation>必须是“09:00”这样的时刻（00:00 到 23:59），当前为 {value}</translation>
    </message>
    <message>
        <source>must be a list of day names ({allowed}), got {value}</source>
        <translation>必须是星期名称的列表（{allowed}），当前为 {value}</translation>
    </message>
    <message>
        <source>must name at least one day (to stop reminders, set enabled = false)</source>
        <translation>必须至少包含一天（如要停止提醒，请设置 enabled = false）</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>上班时间</translation>
    </message>
    <message>
        <source>Reminders come only between the start and end of your working hours.</source>
        <translation>提醒只在上班时间和下班时间之间出现。</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>下班时间</translation>
    </message>
    <message>
        <source>End of your working hours; an end before the start means the hours run past midnight.</source>
        <translation>工作时间的结束；如果结束早于开始，表示工作时间跨过午夜。</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>The days of the week on which reminders come.</source>
        <translation>一周中出现提醒的日子。</translation>
    </message>
    <message>
        <source>Snooze (minutes)</source>
        <translation>稍后提醒（分钟）</translation>
    </message>
    <message>
        <source>How long the Snooze button postpones a reminder.</source>
        <translation>“稍后”按钮把提醒推迟多久。</translation>
    </message>
    <message>
        <source>Reminder style</source>
        <translation>提醒方式</translation>
    </message>
    <message>
        <source>How reminders appear: &quot;desktop&quot; notifications, or spasmguard&apos;s own &quot;window&quot;.</source>
        <translation>提醒如何出现：桌面通知（“desktop”）或 spasmguard 自己的窗口（“window”）。</translation>
    </message>
    <message>
        <source>Reminder window time (seconds)</source>
        <translation>提醒窗口停留（秒）</translation>
    </message>
    <message>
        <source>How long spasmguard&apos;s own reminder window stays before the reminder counts as missed.</source>
        <translation>spasmguard 自己的提醒窗口停留多久，之后这次提醒计为错过。</translation>
    </message>
    <message>
        <source>Away counts as a break after (minutes)</source>
        <translation>离开多久算作休息（分钟）</translation>
    </message>
    <message>
        <source>After this long without keyboard or mouse input you count as away: posture and stretch timers restart when you are back, and reminders due meanwhile wait for your return.</source>
        <translation>这么长时间没有键盘或鼠标输入，就算你已离开：回来后，姿势和拉伸的计时重新开始，其间到期的提醒会等你回来再出现。</translation>
    </message>
    <message>
        <source>Hold reminders during fullscreen</source>
        <translation>全屏时暂缓提醒</translation>
    </message>
    <message>
        <source>While the active window is fullscreen (a video, a presentation, a game), reminders wait and then come once, together.</source>
        <translation>当前窗口全屏时（视频、演示、游戏），提醒会先等待，之后合并出现一次。</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>登录时启动</translation>
    </message>
    <message>
        <source>Start spasmguard automatically when you log in to your desktop.</source>
        <translation>登录桌面时自动启动 spasmguard。</translation>
    </message>
    <message>
        <source>Daily water goal (ml)</source>
        <translation>每日饮水目标（毫升）</translation>
    </message>
    <message>
        <source>How much water you aim to drink each day, unless a doctor has told you to limit fluids.</source>
        <translation>你每天打算喝多少水，除非医生告诉过你要限制饮水量。</translation>
    </message>
    <message>
        <source>Glass size (ml)</source>
        <translation>杯子容量（毫升）</translation>
    </message>
    <message>
        <source>How much one logged drink counts for.</source>
        <translation>每记录一杯按多少计算。</translation>
    </message>
    <message>
        <source>Stop water reminders at the goal</source>
        <translation>达到目标后停止喝水提醒</translation>
    </message>
    <message>
        <source>When today&apos;s water reaches the daily goal, hydration reminders stop until the next day.</source>
        <translation>今天的饮水量达到每日目标后，喝水提醒暂停到第二天。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of menus, windows, reminder texts and guides; windows that are open change when they are opened again.</source>
        <translation>菜单、窗口、提醒文字和指南使用的语言；已打开的窗口在重新打开后才会切换。</translation>
    </message>
    <message>
        <source>Chime between stretches</source>
        <translation>拉伸之间响提示音</translation>
    </message>
    <message>
        <source>Sound the system&apos;s alert sound when a guided stretch moves on to its next step.</source>
        <translation>引导拉伸进入下一步时，播放系统提示音。</translation>
    </message>
    <message>
        <source>Breathe in (seconds)</source>
        <translation>吸气（秒）</translation>
    </message>
    <message>
        <source>How long each breath in lasts in a guided breathing break.</source>
        <translation>引导呼吸休息中每次吸气持续多久。</translation>
    </message>
    <message>
        <source>Breathe out (seconds)</source>
        <translation>呼气（秒）</translation>
    </message>
    <message>
        <source>How long each breath out lasts in a guided breathing break.</source>
        <translation>引导呼吸休息中每次呼气持续多久。</translation>
    </message>
    <message>
        <source>Breathing break (minutes)</source>
        <translation>呼吸休息（分钟）</translation>
    </message>
    <message>
        <source>How long a guided breathing break lasts; it ends after a full breath out.</source>
        <translation>一次引导呼吸休息持续多久；在一次完整的呼气之后结束。</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Whether this reminder comes at all.</source>
        <translation>这个提醒是否出现。</translation>
    </message>
    <message>
        <source>Every (minutes)</source>
        <translation>间隔（分钟）</translation>
    </message>
    <message>
        <source>Minutes between two reminders of this habit.</source>
        <translation>这个习惯两次提醒之间相隔的分钟数。</translation>
    </message>
    <message>
        <source>Your own reminder text</source>
        <translation>自定义提醒文字</translation>
    </message>
    <message>
        <source>When not blank, this text is shown instead of the rotating reminder texts.</source>
        <translation>不为空时，显示这段文字，而不是轮换的提醒文字。</translation>
    </message>
    <message>
        <source>Own working hours start</source>
        <translation>单独的上班时间</translation>
    </message>
    <message>
        <source>Start of this habit&apos;s own hours; leave it out to use the general working hours.</source>
        <translation>这个习惯单独的时间段从何时开始；不填则使用通用的工作时间。</translation>
    </message>
    <message>
        <source>Own working hours end</source>
        <translation>单独的下班时间</translation>
    </message>
    <message>
        <source>End of this habit&apos;s own hours; leave it out to use the general working hours.</source>
        <translation>这个习惯单独的时间段到何时结束；不填则使用通用的工作时间。</translation>
    </message>
    <message>
        <source>Own working days</source>
        <translation>单独的工作日</translation>
    </message>
    <message>
        <source>The days this habit reminds you on; leave it out to use the general working days.</source>
        <translation>这个习惯在哪些日子提醒你；不填则使用通用的工作日。</translation>
    </message>
    <message>
        <source>not UTF-8 text: byte {byte} is invalid</source>
        <translation>不是 UTF-8 文本：位置 {byte} 处的字节无效</translation>
    </message>
    <message>
        <source>not valid TOML: {error}</source>
        <translation>不是有效的 TOML：{error}</translation>
    </message>
    <message>
        <source>not valid TOML: nested too deeply</source>
        <translation>不是有效的 TOML：嵌套层级太深</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>它是文件夹，不是文件</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason})</source>
        <translation>无法读取 {file}（{reason}）</translation>
    </message>
    <message>
        <source>{problem}; defaults are in use.</source>
        <translation>{problem}；正在使用默认值。</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}。</translation>
    </message>
    <message>
        <source>{problem} and could not be copied aside. {reason} Defaults are in use and the file will not be overwritten.</source>
        <translation>{problem}，且无法另存副本。{reason} 正在使用默认值，该文件不会被覆盖。</translation>
    </message>
    <message>
        <source>{problem}; a copy was saved as {copy} and defaults are in use.</source>
        <translation>{problem}；已将副本保存为 {copy}，正在使用默认值。</translation>
    </message>
    <message>
        <source>{file} was written by a newer spasmguard (settings version {version}, this one knows {target}); the settings it understands are used and the file is left unchanged.</source>
        <translation>{file} 由更新版本的 spasmguard 写入（设置版本 {version}，当前版本只认识 {target}）；将使用能识别的设置，文件保持不变。</translation>
    </message>
    <message>
        <source>{file} could not be upgraded from settings version {version} ({error}); defaults are in use and the file is left unchanged.</source>
        <translation>无法将 {file} 从设置版本 {version} 升级（{error}）；正在使用默认值，文件保持不变。</translation>
    </message>
    <message>
        <source>must be a whole number of 1 or more, got {value}; 1 is assumed</source>
        <translation>必须是 1 或更大的整数，当前为 {value}；按 1 处理</translation>
    </message>
    <message>
        <source>must be a table, got {value}</source>
        <translation>必须是表（table），当前为 {value}</translation>
    </message>
    <message>
        <source>is not a habit (known habits: {habits})</source>
        <translation>不是一个习惯（已知的习惯：{habits}）</translation>
    </message>
    <message>
        <source>is not a setting spasmguard knows (misspelt or misplaced?)</source>
        <translation>不是 spasmguard 认识的设置（拼写错误或位置不对？）</translation>
    </message>
    <message>
        <source>{file} is from a newer spasmguard or could not be upgraded, so it is left unchanged.</source>
        <translation>{file} 来自更新版本的 spasmguard，或无法升级，因此保持不变。</translation>
    </message>
    <message>
        <source>Could not save {file}: it could not be read ({reason}) and has not been copied aside, so it is left unchanged.</source>
        <translation>无法保存 {file}：它无法读取（{reason}），且尚未另存副本，因此保持不变。</translation>
    </message>
    <message>
        <source>Could not save {file}: it could not be updated ({error}).</source>
        <translation>无法保存 {file}：无法更新它（{error}）。</translation>
    </message>
    <message>
        <source>{file} is from a newer spasmguard, so it is left unchanged.</source>
        <translation>{file} 来自更新版本的 spasmguard，因此保持不变。</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>显示版本号并退出</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个参数</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多需要一个参数</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>已忽略显式参数 %r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可匹配 %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>{prog}: {problem} (see &apos;{prog} --help&apos;)</source>
        <translation>{prog}: {problem}（参见 &apos;{prog} --help&apos;）</translation>
    </message>
    <message>
        <source>{name} must be a whole number from {low} to {high}, got &apos;{text}&apos;</source>
        <translation>{name} 必须是 {low} 到 {high} 之间的整数，而不是 &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>pause length</source>
        <translation>暂停时长</translation>
    </message>
    <message>
        <source>A tray app that reminds you to check your posture, drink water, stretch and take stress breaks. Run without a command to start it.</source>
        <translation>一个托盘应用，提醒你注意姿势、喝水、拉伸，并适时休息缓解压力。不带命令运行即可启动它。</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>HABIT</source>
        <translation>习惯</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>分钟数</translation>
    </message>
    <message>
        <source>show the next reminder of each habit</source>
        <translation>显示每个习惯的下一次提醒</translation>
    </message>
    <message>
        <source>print machine-readable JSON</source>
        <translation>输出机器可读的 JSON</translation>
    </message>
    <message>
        <source>show a habit&apos;s reminder now</source>
        <translation>立即显示某个习惯的提醒</translation>
    </message>
    <message>
        <source>put off a habit&apos;s reminder for some minutes</source>
        <translation>将某个习惯的提醒推迟几分钟</translation>
    </message>
    <message>
        <source>pause all reminders: {minutes}, &apos;tomorrow&apos; or &apos;off&apos;</source>
        <translation>暂停所有提醒：{minutes}、&apos;tomorrow&apos; 或 &apos;off&apos;</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>结束暂停</translation>
    </message>
    <message>
        <source>mark a habit done now (its timer restarts)</source>
        <translation>将某个习惯标记为已完成（重新开始计时）</translation>
    </message>
    <message>
        <source>count water you drank (default: one glass)</source>
        <translation>记录喝的水（默认：一杯）</translation>
    </message>
    <message>
        <source>ML</source>
        <translation>毫升数</translation>
    </message>
    <message>
        <source>open a window of the running app</source>
        <translation>打开正在运行的应用的窗口</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>退出正在运行的应用</translation>
    </message>
    <message>
        <source>&apos;path&apos; prints where settings live; &apos;check&apos; validates</source>
        <translation>&apos;path&apos; 显示设置文件的位置；&apos;check&apos; 检查设置</translation>
    </message>
    <message>
        <source>add spasmguard to your desktop&apos;s app menus</source>
        <translation>将 spasmguard 添加到桌面的应用菜单</translation>
    </message>
    <message>
        <source>export or delete the history (app not needed)</source>
        <translation>导出或删除历史记录（无需运行应用）</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>write every event to {file}</source>
        <translation>将所有事件写入 {file}</translation>
    </message>
    <message>
        <source>the file to write (replaced if it exists), - for stdout</source>
        <translation>要写入的文件（如已存在则替换），- 表示标准输出</translation>
    </message>
    <message>
        <source>delete every event (snoozes and pauses stay)</source>
        <translation>删除所有事件（推迟和暂停保留）</translation>
    </message>
    <message>
        <source>confirm: this cannot be undone</source>
        <translation>确认：此操作无法撤销</translation>
    </message>
    <message>
        <source>spasmguard: unexpected error: {error}</source>
        <translation>spasmguard: 意外错误：{error}</translation>
    </message>
    <message>
        <source>spasmguard is not running.</source>
        <translation>spasmguard 没有在运行。</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>not created yet (defaults in use)</source>
        <translation>尚未创建（正在使用默认值）</translation>
    </message>
    <message>
        <source>Problems in {file}: {count}; defaults are used for those keys.</source>
        <translation>{file} 中的问题：{count} 个；这些键使用默认值。</translation>
    </message>
    <message>
        <source>this deletes every event for good; add --yes to confirm.</source>
        <translation>这会永久删除所有事件；加上 --yes 以确认。</translation>
    </message>
    <message>
        <source>Events deleted: {count}.</source>
        <translation>已删除的事件：{count} 个。</translation>
    </message>
    <message>
        <source>Events exported to {file}: {count}.</source>
        <translation>已导出到 {file} 的事件：{count} 个。</translation>
    </message>
    <message>
        <source>installed {file}</source>
        <translation>已安装 {file}</translation>
    </message>
    <message>
        <source>{zone} (a fixed offset: no daylight-saving changes)</source>
        <translation>{zone}（固定偏移：没有夏令时变化）</translation>
    </message>
    <message>
        <source>Could not create the folder {folder}</source>
        <translation>无法创建文件夹 {folder}</translation>
    </message>
    <message>
        <source>Could not save {file}</source>
        <translation>无法保存 {file}</translation>
    </message>
    <message>
        <source>The previous file is unchanged.</source>
        <translation>原文件保持不变。</translation>
    </message>
    <message>
        <source>Could not write {file}</source>
        <translation>无法写入 {file}</translation>
    </message>
    <message>
        <source>{what}: {reason}.</source>
        <translation>{what}：{reason}。</translation>
    </message>
    <message>
        <source>{sentence} {more}</source>
        <translation>{sentence}{more}</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>它以只读方式打开</translation>
    </message>
    <message>
        <source>{file} is not a complete spasmguard history yet</source>
        <translation>{file} 还不是完整的 spasmguard 历史记录</translation>
    </message>
    <message>
        <source>{file} was written by an older spasmguard; start the app once to update it</source>
        <translation>{file} 由旧版 spasmguard 写入；请启动一次应用以更新它</translation>
    </message>
    <message>
        <source>it was written by a newer spasmguard</source>
        <translation>它由更新版本的 spasmguard 写入</translation>
    </message>
    <message>
        <source>{file} is not a spasmguard history database</source>
        <translation>{file} 不是 spasmguard 的历史数据库</translation>
    </message>
    <message>
        <source>{file} is open read-only: {reason}</source>
        <translation>{file} 以只读方式打开：{reason}</translation>
    </message>
    <message>
        <source>could not open {file}: {reason}</source>
        <translation>无法打开 {file}：{reason}</translation>
    </message>
    <message>
        <source>could not write to {file}: {reason}</source>
        <translation>无法写入 {file}：{reason}</translation>
    </message>
    <message>
        <source>spasmguard is running.</source>
        <translation>spasmguard 正在运行。</translation>
    </message>
    <message>
        <source>spasmguard is not running; times show when reminders would come if it started now.</source>
        <translation>spasmguard 没有在运行；以下时间表示如果现在启动，提醒会在何时出现。</translation>
    </message>
    <message>
        <source>All reminders are paused until you resume them.</source>
        <translation>所有提醒已暂停，直到你恢复。</translation>
    </message>
    <message>
        <source>All reminders are paused until {time}.</source>
        <translation>所有提醒已暂停到 {time}。</translation>
    </message>
    <message>
        <source>Times are in {zone}.</source>
        <translation>时间均为 {zone} 时区。</translation>
    </message>
    <message>
        <source>off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>every {minutes} min, not scheduled</source>
        <translation>每 {minutes} 分钟，未安排</translation>
    </message>
    <message>
        <source>every {minutes} min, next {time} (snoozed until {until})</source>
        <translation>每 {minutes} 分钟，下次：{time}（已推迟到 {until}）</translation>
    </message>
    <message>
        <source>every {minutes} min, next {time}</source>
        <translation>每 {minutes} 分钟，下次：{time}</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>Cannot reach the running spasmguard: {reason}.</source>
        <translation>无法连接正在运行的 spasmguard：{reason}。</translation>
    </message>
    <message>
        <source>spasmguard did not answer in time.</source>
        <translation>spasmguard 没有及时响应。</translation>
    </message>
    <message>
        <source>spasmguard closed the connection without answering.</source>
        <translation>spasmguard 没有回应就关闭了连接。</translation>
    </message>
    <message>
        <source>spasmguard sent a reply that cannot be read.</source>
        <translation>spasmguard 发回的回复无法读取。</translation>
    </message>
    <message>
        <source>The command failed.</source>
        <translation>命令失败。</translation>
    </message>
    <message>
        <source>{problem} The new settings are in effect until spasmguard quits.</source>
        <translation>{problem}新设置将一直生效，直到 spasmguard 退出。</translation>
    </message>
    <message>
        <source>Start at login could not be switched on. {reason}</source>
        <translation>无法开启登录时启动。{reason}</translation>
    </message>
    <message>
        <source>Start at login could not be switched off. {reason}</source>
        <translation>无法关闭登录时启动。{reason}</translation>
    </message>
    <message>
        <source>Could not remove {file}: {reason}.</source>
        <translation>无法删除 {file}：{reason}。</translation>
    </message>
    <message>
        <source>logging to stderr, {error}</source>
        <translation>日志改为输出到 stderr：{error}</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are not set); start it from your desktop session. The commands (spasmguard status, ...) work without one.</source>
        <translation>未找到显示器（DISPLAY 和 WAYLAND_DISPLAY 均未设置）；请在桌面会话中启动它。命令（spasmguard status, ...）无需显示器也能使用。</translation>
    </message>
    <message>
        <source>cannot listen for commands at {path}: {error}</source>
        <translation>无法在 {path} 接收命令：{error}</translation>
    </message>
    <message>
        <source>another copy holds the lock but does not answer.</source>
        <translation>另一个实例持有锁，但没有响应。</translation>
    </message>
    <message>
        <source>{error}; history is not saved this session.</source>
        <translation>{error}；本次会话不会保存历史记录。</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>, </source>
        <comment>between the numbers of one day: done 2, snoozed 1</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>{day}: {numbers}</source>
        <translation>{day}：{numbers}</translation>
    </message>
</context>
<context>
    <name>BreathCircle</name>
    <message>
        <source>A circle that grows as you breathe in and shrinks as you breathe out.</source>
        <translation>一个圆圈：吸气时变大，呼气时变小。</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing break</source>
        <translation>呼吸休息</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>停止（Esc）</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>做得好</translation>
    </message>
    <message>
        <source>Your breathing break is recorded as done.</source>
        <translation>这次呼吸休息已记为完成。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Paused, {time} left</source>
        <translation>已暂停，还剩 {time}</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>继续(&amp;U)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>还剩 {time}</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>{action} (Space)</source>
        <translation>{action}（空格键）</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>吸气</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>呼气</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>This desktop does not tell apps how long you have been idle.</source>
        <translation>此桌面不向应用提供你的空闲时长。</translation>
    </message>
    <message>
        <source>This desktop does not tell apps when a window is fullscreen.</source>
        <translation>此桌面不向应用告知窗口何时全屏。</translation>
    </message>
    <message>
        <source>GNOME on Wayland does not tell apps when a window is fullscreen.</source>
        <translation>Wayland 上的 GNOME 不向应用告知窗口何时全屏。</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Unknown habit {habit!r}.</source>
        <translation>未知的习惯 {habit!r}。</translation>
    </message>
    <message>
        <source>Showing the {title} reminder.</source>
        <translation>正在显示“{title}”提醒。</translation>
    </message>
    <message>
        <source>Snooze length must be a whole number of minutes, 1 to {most}.</source>
        <translation>稍后提醒的时长必须是 1 到 {most} 之间的整数分钟。</translation>
    </message>
    <message>
        <source>{title} snoozed until {time}.</source>
        <translation>“{title}”已推迟到 {time}。</translation>
    </message>
    <message>
        <source>Pause length must be 1 to {most} minutes, &apos;tomorrow&apos; or &apos;off&apos;.</source>
        <translation>暂停时长必须是 1 到 {most} 分钟，或 &apos;tomorrow&apos;、&apos;off&apos;。</translation>
    </message>
    <message>
        <source>Reminders paused until you resume them.</source>
        <translation>提醒已暂停，直到你恢复。</translation>
    </message>
    <message>
        <source>Reminders paused until {time}.</source>
        <translation>提醒已暂停到 {time}。</translation>
    </message>
    <message>
        <source>Reminders resumed.</source>
        <translation>提醒已恢复。</translation>
    </message>
    <message>
        <source>{title}: done.</source>
        <translation>{title}：已完成。</translation>
    </message>
    <message>
        <source>The amount must be a whole number of millilitres, 1 to {most}.</source>
        <translation>数量必须是 1 到 {most} 之间的整数毫升。</translation>
    </message>
    <message>
        <source>Water today: {total} of {goal} ml.</source>
        <translation>今天喝水：{total} / {goal} 毫升。</translation>
    </message>
    <message>
        <source>Unknown window {name!r}.</source>
        <translation>未知的窗口 {name!r}。</translation>
    </message>
    <message>
        <source>spasmguard is quitting.</source>
        <translation>spasmguard 正在退出。</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>Some settings could not be used, so their defaults are in effect:</source>
        <translation>部分设置无法使用，已改用默认值：</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>推迟</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>错过</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>最近 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>显示的时间段</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete history…</source>
        <translation>删除历史记录(&amp;D)…</translation>
    </message>
    <message>
        <source>Charts by habit</source>
        <translation>按习惯分列的图表</translation>
    </message>
    <message>
        <source>answers per day</source>
        <translation>每天的回应</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>喝水</translation>
    </message>
    <message>
        <source>water per day</source>
        <translation>每天的饮水量</translation>
    </message>
    <message>
        <source>water (dashed line: daily goal)</source>
        <translation>饮水量（虚线：每日目标）</translation>
    </message>
    <message>
        <source>{title}: {what}</source>
        <translation>{title}: {what}</translation>
    </message>
    <message>
        <source>{title}: the numbers of each day</source>
        <translation>{title}：每天的数据</translation>
    </message>
    <message>
        <source>{summary} In this period: {totals}.</source>
        <translation>{summary} 此期间：{totals}。</translation>
    </message>
    <message>
        <source>Nothing recorded in this period</source>
        <translation>这段时间内没有记录</translation>
    </message>
    <message>
        <source>Days in a row: {current} now, {best} at best</source>
        <translation>连续天数：目前 {current} 天，最长 {best} 天</translation>
    </message>
    <message>
        <source>no answered reminders in this period</source>
        <translation>这段时间内没有回应过的提醒</translation>
    </message>
    <message>
        <source>done {percent} % of the times it was due</source>
        <translation>到期次数中完成了 {percent}%</translation>
    </message>
    <message numerus="yes">
        <source>Daily goal {goal} ml, reached on {met} of %n days.</source>
        <translation>
            <numerusform>每日目标 {goal} 毫升，%n 天中有 {met} 天达到。</numerusform>
        </translation>
    </message>
    <message>
        <source>water</source>
        <translation>喝水</translation>
    </message>
    <message>
        <source>No water recorded in this period</source>
        <translation>这段时间内没有饮水记录</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export written to {path} (events: {count}).</source>
        <translation>已导出到 {path}（{count} 条记录）。</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>删除失败</translation>
    </message>
    <message>
        <source>History deleted (events removed: {count}).</source>
        <translation>历史记录已删除（移除了 {count} 条记录）。</translation>
    </message>
    <message>
        <source>Delete history?</source>
        <translation>删除历史记录？</translation>
    </message>
    <message>
        <source>Delete every recorded reminder, answer and glass of water? Streaks start again from zero. This cannot be undone; export the history first to keep a copy.</source>
        <translation>删除所有记录的提醒、回应和喝水记录吗？连续天数将从零开始。此操作无法撤销；如需保留副本，请先导出历史记录。</translation>
    </message>
    <message>
        <source>Delete history</source>
        <translation>删除历史记录</translation>
    </message>
</context>
<context>
    <name>LiftingPanel</name>
    <message>
        <source>Safe lifting</source>
        <translation>安全搬重物</translation>
    </message>
    <message>
        <source>Lift safely, step by step</source>
        <translation>安全搬重物，一步一步来</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>要这样做</translation>
    </message>
    <message>
        <source>Don&apos;t</source>
        <translation>不要这样做</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>何时寻求专业帮助</translation>
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
        <translation>提醒和设置(&amp;R)</translation>
    </message>
    <message>
        <source>Closing this window keeps your reminders running. To open it again, start spasmguard again from your application menu.</source>
        <translation>关闭此窗口后，提醒会继续运行。如需再次打开，请从应用菜单重新启动 spasmguard。</translation>
    </message>
    <message>
        <source>Your desktop shows no tray icons, so spasmguard has no icon in the top bar. This window stands in for it. It opens by itself this once only.</source>
        <translation>你的桌面不显示托盘图标，所以 spasmguard 在顶栏中没有图标，由此窗口代替。它只会自动打开这一次。</translation>
    </message>
    <message>
        <source>&amp;Add spasmguard to the application menu</source>
        <translation>将 spasmguard 添加到应用菜单(&amp;A)</translation>
    </message>
    <message>
        <source>Added: spasmguard is now in your application menu.</source>
        <translation>已添加：spasmguard 现在在你的应用菜单中了。</translation>
    </message>
</context>
<context>
    <name>NotificationSender</name>
    <message>
        <source>Done</source>
        <extracomment>The longest close() holds the GUI thread at quit; a server slower than that is not waited for.</extracomment>
        <translation>完成</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>+ a glass</source>
        <translation>+ 一杯</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>全部回应</translation>
    </message>
    <message>
        <source>No D-Bus session bus is available.</source>
        <translation>没有可用的 D-Bus 会话总线。</translation>
    </message>
    <message>
        <source>No notification server is running.</source>
        <translation>没有正在运行的通知服务。</translation>
    </message>
    <message>
        <source>The notification server cannot show buttons.</source>
        <translation>通知服务无法显示按钮。</translation>
    </message>
    <message>
        <source>The notification server did not answer in time.</source>
        <translation>通知服务没有及时响应。</translation>
    </message>
    <message>
        <source>The notification server refused it.</source>
        <translation>通知服务拒绝了该通知。</translation>
    </message>
</context>
<context>
    <name>PostureCheck</name>
    <message>
        <source>Posture check</source>
        <translation>姿势检查</translation>
    </message>
    <message>
        <source>How are you sitting?</source>
        <translation>你现在坐得怎么样？</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>Save these answers; counts as a posture check done</source>
        <translation>保存这些回答；计为完成一次姿势检查</translation>
    </message>
    <message>
        <source>Your answers are kept, so this window can show what you miss most.</source>
        <translation>你的回答会被保存，这样此窗口可以显示你最常忽略的地方。</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days: every item was right at every check.</source>
        <translation>
            <numerusform>最近 %n 天：每次检查每一项都做到了。</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} ({missed} of {total} checks)</source>
        <translation>{title}（{total} 次检查中有 {missed} 次）</translation>
    </message>
    <message numerus="yes">
        <source>Most often missed in the last %n days: {items}.</source>
        <translation>
            <numerusform>最近 %n 天最常忽略的：{items}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfessionalPanel</name>
    <message>
        <source>When to see a professional</source>
        <translation>何时寻求专业帮助</translation>
    </message>
</context>
<context>
    <name>ReminderSession</name>
    <message>
        <source>Welcome back - you were away {duration}.</source>
        <extracomment>The plan, the state or &quot;do not disturb&quot; changed: the views refresh. Show the app&apos;s own reminder window for this habit, with this text. The habit&apos;s reminder was settled elsewhere: withdraw its reminder window, if one is open. Open (or raise) the window of this name, one of OPEN_WINDOWS, with the launcher&apos;s activation tokens (a mapping, empty unless a command forwarded them).</extracomment>
        <translation>欢迎回来——你离开了 {duration}。</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Reminder: {title}</source>
        <translation>提醒：{title}</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>开始(&amp;T)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Start the guided break</source>
        <translation>开始引导休息</translation>
    </message>
    <message>
        <source>+ a &amp;glass</source>
        <translation>+ 一杯(&amp;G)</translation>
    </message>
    <message>
        <source>Add a glass</source>
        <translation>加一杯</translation>
    </message>
    <message>
        <source>I drank a glass of water: count it, and this reminder as done</source>
        <translation>我喝了一杯水：记录下来，并把这次提醒记为完成</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>I did it</source>
        <translation>我做了</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>稍后(&amp;S)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Remind me again later</source>
        <translation>稍后再提醒我</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>跳过(&amp;K)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Not this time</source>
        <translation>这次不做</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
</context>
<context>
    <name>SafetyBlocks</name>
    <message>
        <source>Caution</source>
        <translation>注意</translation>
    </message>
</context>
<context>
    <name>SafetyLinks</name>
    <message>
        <source>Warning si&amp;gns…</source>
        <translation>警示信号(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;If your back is in spasm now…</source>
        <translation>如果背部正在痉挛(&amp;I)…</translation>
    </message>
    <message>
        <source>When to see a professional, and when to get help now</source>
        <translation>何时寻求专业帮助，何时立即求助</translation>
    </message>
    <message>
        <source>What to do while your back is in spasm</source>
        <translation>背部痉挛时该怎么做</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Leave empty for rotating tips</source>
        <translation>留空则轮换显示小贴士</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>桌面通知</translation>
    </message>
    <message>
        <source>spasmguard&apos;s own window</source>
        <translation>spasmguard 自己的窗口</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>spasmguard settings</source>
        <translation>spasmguard 设置</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>设置分区</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Use the general setting</source>
        <translation>使用常规设置</translation>
    </message>
    <message>
        <source>While checked, the General tab&apos;s value is used.</source>
        <translation>勾选时，使用“常规”选项卡中的值。</translation>
    </message>
    <message>
        <source>Start at login not changed</source>
        <translation>登录时启动未更改</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>{tab}, {title}: {problem}</source>
        <translation>{tab}，{title}：{problem}</translation>
    </message>
</context>
<context>
    <name>StretchSession</name>
    <message>
        <source>Stretch break</source>
        <translation>拉伸休息</translation>
    </message>
    <message>
        <source>{minutes} min: {title}</source>
        <translation>{minutes} 分钟：{title}</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>动作组合</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>动作组合(&amp;R)：</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>这一步的剩余时间</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>动作组合进度</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左方向键</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格键</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>跳过(&amp;K)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右方向键</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
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
        <translation>动作组合已完成</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>做得好！</translation>
    </message>
    <message>
        <source>Your stretch break is recorded as done.</source>
        <translation>这次拉伸休息已记为完成。</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>第 {number} 步，共 {count} 步</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>继续(&amp;U)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SvgView</name>
    <message>
        <source>Drawing: {title}</source>
        <translation>插图：{title}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>spasmguard: paused until {time}</source>
        <translation>spasmguard：暂停到 {time}</translation>
    </message>
    <message>
        <source>spasmguard: paused</source>
        <translation>spasmguard：已暂停</translation>
    </message>
    <message>
        <source>spasmguard: next, {title} at {time}</source>
        <translation>spasmguard：下一个是 {time} 的“{title}”</translation>
    </message>
    <message>
        <source>spasmguard: no reminders scheduled</source>
        <translation>spasmguard：没有安排提醒</translation>
    </message>
    <message>
        <source>Water today: {drunk} of {goal} ml</source>
        <translation>今天喝水：{drunk} / {goal} 毫升</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>30 minutes</source>
        <translation>30 分钟</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 小时</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>到明天</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>直到我恢复</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>Until I turn it off</source>
        <translation>直到我关闭</translation>
    </message>
    <message>
        <source>I drank a glass of water  ({drunk} / {goal} ml)</source>
        <translation>我喝了一杯水（{drunk} / {goal} 毫升）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>All reminders are switched off</source>
        <translation>所有提醒都已关闭</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>未安排</translation>
    </message>
    <message>
        <source>snoozed until {time}</source>
        <translation>推迟到 {time}</translation>
    </message>
    <message>
        <source>next {time}</source>
        <translation>下次 {time}</translation>
    </message>
    <message>
        <source>Show this reminder now</source>
        <translation>现在显示这个提醒</translation>
    </message>
    <message>
        <source>S&amp;tretch break…</source>
        <translation>拉伸休息(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Breathing break…</source>
        <translation>呼吸休息(&amp;B)…</translation>
    </message>
    <message>
        <source>Posture chec&amp;k…</source>
        <translation>姿势检查(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Lifting technique…</source>
        <translation>安全搬重物(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;If your back is in spasm now…</source>
        <translation>如果背部正在痉挛(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;When to see a professional…</source>
        <translation>何时寻求专业帮助(&amp;W)…</translation>
    </message>
    <message>
        <source>W&amp;elcome tour…</source>
        <translation>欢迎导览(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Turn off &amp;do not disturb (on until {time})</source>
        <translation>关闭勿扰(&amp;D)（开启到 {time}）</translation>
    </message>
    <message>
        <source>Turn off &amp;do not disturb</source>
        <translation>关闭勿扰(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>勿扰(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Resume reminders (paused until {time})</source>
        <translation>恢复提醒(&amp;R)（暂停到 {time}）</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>恢复提醒(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>暂停提醒(&amp;P)</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome to spasmguard</source>
        <translation>欢迎使用 spasmguard</translation>
    </message>
    <message>
        <source>spasmguard reminds you, during your working hours, of four everyday habits that can help prevent back spasms:</source>
        <translation>spasmguard 会在你的工作时间里，提醒你四个有助于预防背部痉挛的日常习惯：</translation>
    </message>
    <message>
        <source>Away from the desk, walking, swimming and cycling are gentle ways to stay fit that can help your back too.</source>
        <translation>离开办公桌时，散步、游泳和骑车都是保持健康的温和方式，对背部也可能有好处。</translation>
    </message>
    <message>
        <source>When reminders come</source>
        <translation>何时提醒</translation>
    </message>
    <message>
        <source>Working days, your own reminder texts and the rest are in Settings, in the tray menu. This welcome is there too, as Welcome tour.</source>
        <translation>工作日、自定义提醒文字和其他选项都在托盘菜单的“设置”中。这个欢迎页也在那里，名为“欢迎导览”。</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>上班时间</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>下班时间</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Working hours</source>
        <translation>工作时间(&amp;W)</translation>
    </message>
    <message>
        <source>{title}: every</source>
        <translation>{title}：每</translation>
    </message>
    <message>
        <source>{title}, every</source>
        <translation>{title}，每</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>保存并开始(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>跳过(&amp;K)</translation>
    </message>
    <message>
        <source>Keep the settings as they are</source>
        <translation>保持设置不变</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
</context>
<context>
    <name>_Drawing</name>
    <message>
        <source>Drawing: {title}</source>
        <translation>插图：{title}</translation>
    </message>
</context>
<context>
    <name>_UnitSpinBox</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ml</source>
        <translation>
            <numerusform>%n 毫升</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spasmguard.instance</name>
    <message>
        <source>The request is too large.</source>
        <extracomment>Where launchers put the token that lets the launched app bring a window to the front: Wayland&apos;s xdg-activation token and the X11 startup-notification id. A timeout of 0 would make a socket non-blocking: the least wait used instead.</extracomment>
        <translation>请求太大。</translation>
    </message>
    <message>
        <source>Unknown command: %s.</source>
        <translation>未知命令：%s。</translation>
    </message>
    <message>
        <source>The command failed inside spasmguard; see its log for details.</source>
        <translation>命令在 spasmguard 内部失败；详情请查看日志。</translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation>请求不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The request must be a JSON object.</source>
        <translation>请求必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>The request needs a text &quot;cmd&quot; and an object &quot;args&quot;.</source>
        <translation>请求需要文本 &quot;cmd&quot; 和对象 &quot;args&quot;。</translation>
    </message>
</context>
</TS>
