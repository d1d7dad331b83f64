<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>must be true or false, got {value}</source>
        <translation>يجب أن تكون true أو false، والقيمة الحالية {value}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}, got {value}</source>
        <translation>يجب أن تكون عددًا صحيحًا من {low} إلى {high}، والقيمة الحالية {value}</translation>
    </message>
    <message>
        <source>must be text, got {value}</source>
        <translation>يجب أن تكون نصًا، والقيمة الحالية {value}</translation>
    </message>
    <message>
        <source>must be at most {most} characters long, got {length} characters</source>
        <translation>يجب ألا يزيد طولها على {most} حرفًا، وطولها الحالي {length} حرفًا</translation>
    </message>
    <message>
        <source>must be one of {allowed}, got {value}</source>
        <translation>يجب أن تكون واحدة من {allowed}، والقيمة الحالية {value}</translation>
    </message>
    <message>
        <source>must be a time of day like &quot;09:00&quot; (00:00 to 23:59), got {value}</source>
        <translation>يجب أن تكون وقتًا من اليوم مثل &quot;09:00&quot; (من 00:00 إلى 23:59)، والقيمة الحالية {value}</translation>
    </message>
    <message>
        <source>must be a list of day names ({allowed}), got {value}</source>
        <translation>يجب أن تكون قائمة بأسماء أيام ({allowed})، والقيمة الحالية {value}</translation>
    </message>
    <message>
        <source>must name at least one day (to stop reminders, set enabled = false)</source>
        <translation>يجب أن تذكر يومًا واحدًا على الأقل (لإيقاف التذكيرات اجعل enabled = false)</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>بداية ساعات العمل</translation>
    </message>
    <message>
        <source>Reminders come only between the start and end of your working hours.</source>
        <translation>لا تأتي التذكيرات إلا بين بداية ساعات عملك ونهايتها.</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>نهاية ساعات العمل</translation>
    </message>
    <message>
        <source>End of your working hours; an end before the start means the hours run past midnight.</source>
        <translation>نهاية ساعات عملك؛ إذا جاءت النهاية قبل البداية فساعات العمل تمتد إلى ما بعد منتصف الليل.</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>أيام العمل</translation>
    </message>
    <message>
        <source>The days of the week on which reminders come.</source>
        <translation>أيام الأسبوع التي تأتي فيها التذكيرات.</translation>
    </message>
    <message>
        <source>Snooze (minutes)</source>
        <translation>التأجيل (بالدقائق)</translation>
    </message>
    <message>
        <source>How long the Snooze button postpones a reminder.</source>
        <translation>المدة التي يؤجل بها زر «تأجيل» التذكير.</translation>
    </message>
    <message>
        <source>Reminder style</source>
        <translation>طريقة التذكير</translation>
    </message>
    <message>
        <source>How reminders appear: &quot;desktop&quot; notifications, or spasmguard&apos;s own &quot;window&quot;.</source>
        <translation>كيف تظهر التذكيرات: إشعارات سطح المكتب &quot;desktop&quot;، أو نافذة spasmguard الخاصة &quot;window&quot;.</translation>
    </message>
    <message>
        <source>Reminder window time (seconds)</source>
        <translation>مدة نافذة التذكير (بالثواني)</translation>
    </message>
    <message>
        <source>How long spasmguard&apos;s own reminder window stays before the reminder counts as missed.</source>
        <translation>المدة التي تبقى فيها نافذة التذكير الخاصة بـ spasmguard قبل أن يُعدّ التذكير فائتًا.</translation>
    </message>
    <message>
        <source>Away counts as a break after (minutes)</source>
        <translation>الغياب يُعدّ استراحة بعد (بالدقائق)</translation>
    </message>
    <message>
        <source>After this long without keyboard or mouse input you count as away: posture and stretch timers restart when you are back, and reminders due meanwhile wait for your return.</source>
        <translation>بعد هذه المدة دون استخدام لوحة المفاتيح أو الفأرة تُعدّ غائبًا: يبدأ مؤقتا فحص الجلسة واستراحة الحركة من جديد عند عودتك، والتذكيرات التي يحين موعدها في أثناء غيابك تنتظر رجوعك.</translation>
    </message>
    <message>
        <source>Hold reminders during fullscreen</source>
        <translation>تأجيل التذكيرات في وضع ملء الشاشة</translation>
    </message>
    <message>
        <source>While the active window is fullscreen (a video, a presentation, a game), reminders wait and then come once, together.</source>
        <translation>ما دامت النافذة النشطة في وضع ملء الشاشة (فيديو أو عرض تقديمي أو لعبة)، تنتظر التذكيرات ثم تأتي مرة واحدة معًا.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>التشغيل عند تسجيل الدخول</translation>
    </message>
    <message>
        <source>Start spasmguard automatically when you log in to your desktop.</source>
        <translation>تشغيل spasmguard تلقائيًا عند تسجيل دخولك إلى سطح المكتب.</translation>
    </message>
    <message>
        <source>Daily water goal (ml)</source>
        <translation>هدف الماء اليومي (مل)</translation>
    </message>
    <message>
        <source>How much water you aim to drink each day, unless a doctor has told you to limit fluids.</source>
        <translation>كمية الماء التي تسعى إلى شربها كل يوم، ما لم يطلب منك طبيب أن تحدّ من السوائل.</translation>
    </message>
    <message>
        <source>Glass size (ml)</source>
        <translation>حجم الكوب (مل)</translation>
    </message>
    <message>
        <source>How much one logged drink counts for.</source>
        <translation>الكمية التي يُحسب بها كل كوب تسجله.</translation>
    </message>
    <message>
        <source>Stop water reminders at the goal</source>
        <translation>إيقاف تذكيرات الماء عند بلوغ الهدف</translation>
    </message>
    <message>
        <source>When today&apos;s water reaches the daily goal, hydration reminders stop until the next day.</source>
        <translation>عندما يبلغ ماء اليوم الهدفَ اليومي، تتوقف تذكيرات شرب الماء حتى اليوم التالي.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The language of menus, windows, reminder texts and guides; windows that are open change when they are opened again.</source>
        <translation>لغة القوائم والنوافذ ونصوص التذكير والأدلة؛ النوافذ المفتوحة تتغير عند فتحها مرة أخرى.</translation>
    </message>
    <message>
        <source>Chime between stretches</source>
        <translation>تنبيه صوتي بين تمارين التمدد</translation>
    </message>
    <message>
        <source>Sound the system&apos;s alert sound when a guided stretch moves on to its next step.</source>
        <translation>تشغيل صوت التنبيه في النظام عندما ينتقل تمرين التمدد الموجَّه إلى خطوته التالية.</translation>
    </message>
    <message>
        <source>Breathe in (seconds)</source>
        <translation>الشهيق (بالثواني)</translation>
    </message>
    <message>
        <source>How long each breath in lasts in a guided breathing break.</source>
        <translation>مدة كل شهيق في استراحة التنفس الموجَّهة.</translation>
    </message>
    <message>
        <source>Breathe out (seconds)</source>
        <translation>الزفير (بالثواني)</translation>
    </message>
    <message>
        <source>How long each breath out lasts in a guided breathing break.</source>
        <translation>مدة كل زفير في استراحة التنفس الموجَّهة.</translation>
    </message>
    <message>
        <source>Breathing break (minutes)</source>
        <translation>استراحة التنفس (بالدقائق)</translation>
    </message>
    <message>
        <source>How long a guided breathing break lasts; it ends after a full breath out.</source>
        <translation>مدة استراحة التنفس الموجَّهة؛ تنتهي بعد زفير كامل.</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>مفعَّل</translation>
    </message>
    <message>
        <source>Whether this reminder comes at all.</source>
        <translation>ما إذا كان هذا التذكير يأتي أصلًا.</translation>
    </message>
    <message>
        <source>Every (minutes)</source>
        <translation>كل (بالدقائق)</translation>
    </message>
    <message>
        <source>Minutes between two reminders of this habit.</source>
        <translation>عدد الدقائق بين تذكيرين لهذه العادة.</translation>
    </message>
    <message>
        <source>Your own reminder text</source>
        <translation>نص التذكير الخاص بك</translation>
    </message>
    <message>
        <source>When not blank, this text is shown instead of the rotating reminder texts.</source>
        <translation>إن لم يكن فارغًا، يظهر هذا النص بدلًا من نصوص التذكير المتناوبة.</translation>
    </message>
    <message>
        <source>Own working hours start</source>
        <translation>بداية الساعات الخاصة</translation>
    </message>
    <message>
        <source>Start of this habit&apos;s own hours; leave it out to use the general working hours.</source>
        <translation>بداية الساعات الخاصة بهذه العادة؛ لا تحدّدها لتُستخدم ساعات العمل العامة.</translation>
    </message>
    <message>
        <source>Own working hours end</source>
        <translation>نهاية الساعات الخاصة</translation>
    </message>
    <message>
        <source>End of this habit&apos;s own hours; leave it out to use the general working hours.</source>
        <translation>نهاية الساعات الخاصة بهذه العادة؛ لا تحدّدها لتُستخدم ساعات العمل العامة.</translation>
    </message>
    <message>
        <source>Own working days</source>
        <translation>الأيام الخاصة</translation>
    </message>
    <message>
        <source>The days this habit reminds you on; leave it out to use the general working days.</source>
        <translation>الأيام التي تذكّرك فيها هذه العادة؛ لا تحدّدها لتُستخدم أيام العمل العامة.</translation>
    </message>
    <message>
        <source>not UTF-8 text: byte {byte} is invalid</source>
        <translation>ليس نصًا بترميز UTF-8: البايت {byte} غير صالح</translation>
    </message>
    <message>
        <source>not valid TOML: {error}</source>
        <translation>ليس TOML صالحًا: {error}</translation>
    </message>
    <message>
        <source>not valid TOML: nested too deeply</source>
        <translation>ليس TOML صالحًا: التداخل عميق جدًا</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>إنه مجلد وليس ملفًا</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>تم رفض الإذن</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason})</source>
        <translation>تعذّرت قراءة {file} ({reason})</translation>
    </message>
    <message>
        <source>{problem}; defaults are in use.</source>
        <translation>{problem}؛ القيم الافتراضية مستخدمة.</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>{problem} and could not be copied aside. {reason} Defaults are in use and the file will not be overwritten.</source>
        <translation>{problem} وتعذّر نسخه جانبًا. {reason} القيم الافتراضية مستخدمة ولن يُكتب فوق الملف.</translation>
    </message>
    <message>
        <source>{problem}; a copy was saved as {copy} and defaults are in use.</source>
        <translation>{problem}؛ حُفظت نسخة باسم {copy} والقيم الافتراضية مستخدمة.</translation>
    </message>
    <message>
        <source>{file} was written by a newer spasmguard (settings version {version}, this one knows {target}); the settings it understands are used and the file is left unchanged.</source>
        <translation>كتب {file} إصدارٌ أحدث من spasmguard (إصدار الإعدادات {version}، وهذا الإصدار يعرف {target})؛ تُستخدم الإعدادات التي يفهمها ويبقى الملف دون تغيير.</translation>
    </message>
    <message>
        <source>{file} could not be upgraded from settings version {version} ({error}); defaults are in use and the file is left unchanged.</source>
        <translation>تعذّرت ترقية {file} من إصدار الإعدادات {version} ({error})؛ القيم الافتراضية مستخدمة ويبقى الملف دون تغيير.</translation>
    </message>
    <message>
        <source>must be a whole number of 1 or more, got {value}; 1 is assumed</source>
        <translation>يجب أن تكون عددًا صحيحًا يساوي 1 أو أكثر، والقيمة الحالية {value}؛ تُعتمد القيمة 1</translation>
    </message>
    <message>
        <source>must be a table, got {value}</source>
        <translation>يجب أن تكون جدولًا، والقيمة الحالية {value}</translation>
    </message>
    <message>
        <source>is not a habit (known habits: {habits})</source>
        <translation>ليست عادة معروفة (العادات المعروفة: {habits})</translation>
    </message>
    <message>
        <source>is not a setting spasmguard knows (misspelt or misplaced?)</source>
        <translation>ليس إعدادًا يعرفه spasmguard (خطأ في الكتابة أو في الموضع؟)</translation>
    </message>
    <message>
        <source>{file} is from a newer spasmguard or could not be upgraded, so it is left unchanged.</source>
        <translation>{file} من إصدار أحدث من spasmguard أو تعذّرت ترقيته، لذا يبقى دون تغيير.</translation>
    </message>
    <message>
        <source>Could not save {file}: it could not be read ({reason}) and has not been copied aside, so it is left unchanged.</source>
        <translation>تعذّر حفظ {file}: تعذّرت قراءته ({reason}) ولم يُنسخ جانبًا، لذا يبقى دون تغيير.</translation>
    </message>
    <message>
        <source>Could not save {file}: it could not be updated ({error}).</source>
        <translation>تعذّر حفظ {file}: تعذّر تحديثه ({error}).</translation>
    </message>
    <message>
        <source>{file} is from a newer spasmguard, so it is left unchanged.</source>
        <translation>{file} من إصدار أحدث من spasmguard، لذا يبقى دون تغيير.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>الاستخدام: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>الوسائط الموضعية</translation>
    </message>
    <message>
        <source>options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>عرض هذه المساعدة ثم الخروج</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>عرض رقم الإصدار ثم الخروج</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>الوسيط %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>خيار غير صالح: %(value)r (اختر من بين %(choices)s)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>الوسائط التالية مطلوبة: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>وسائط غير معروفة: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>يُتوقع وسيط واحد</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>يُتوقع وسيط واحد على الأكثر</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>تم تجاهل الوسيط الصريح %r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>خيار ملتبس: قد يطابق %(option)s كلًا من %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>قيمة %(type)s غير صالحة: %(value)r</translation>
    </message>
    <message>
        <source>{prog}: {problem} (see &apos;{prog} --help&apos;)</source>
        <translation>{prog}: {problem} (راجع &apos;{prog} --help&apos;)</translation>
    </message>
    <message>
        <source>{name} must be a whole number from {low} to {high}, got &apos;{text}&apos;</source>
        <translation>يجب أن تكون قيمة {name} عددًا صحيحًا من {low} إلى {high}، وليس &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>pause length</source>
        <translation>مدة الإيقاف المؤقت</translation>
    </message>
    <message>
        <source>A tray app that reminds you to check your posture, drink water, stretch and take stress breaks. Run without a command to start it.</source>
        <translation>تطبيق في شريط النظام يذكّرك بمراجعة وضعيتك وشرب الماء والتمدد وأخذ استراحات من التوتر. شغّله دون أمر لبدء تشغيله.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>HABIT</source>
        <translation>العادة</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>show the next reminder of each habit</source>
        <translation>عرض التذكير التالي لكل عادة</translation>
    </message>
    <message>
        <source>print machine-readable JSON</source>
        <translation>طباعة JSON قابل للقراءة آليًا</translation>
    </message>
    <message>
        <source>show a habit&apos;s reminder now</source>
        <translation>عرض تذكير عادة الآن</translation>
    </message>
    <message>
        <source>put off a habit&apos;s reminder for some minutes</source>
        <translation>تأجيل تذكير عادة بضع دقائق</translation>
    </message>
    <message>
        <source>pause all reminders: {minutes}, &apos;tomorrow&apos; or &apos;off&apos;</source>
        <translation>إيقاف كل التذكيرات مؤقتًا: {minutes} أو &apos;tomorrow&apos; أو &apos;off&apos;</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>إنهاء الإيقاف المؤقت</translation>
    </message>
    <message>
        <source>mark a habit done now (its timer restarts)</source>
        <translation>تعليم عادة على أنها أُنجزت الآن (يبدأ مؤقتها من جديد)</translation>
    </message>
    <message>
        <source>count water you drank (default: one glass)</source>
        <translation>احتساب الماء الذي شربته (الافتراضي: كوب واحد)</translation>
    </message>
    <message>
        <source>ML</source>
        <translation>مل</translation>
    </message>
    <message>
        <source>open a window of the running app</source>
        <translation>فتح نافذة من التطبيق قيد التشغيل</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>إنهاء التطبيق قيد التشغيل</translation>
    </message>
    <message>
        <source>&apos;path&apos; prints where settings live; &apos;check&apos; validates</source>
        <translation>&apos;path&apos; يعرض مكان الإعدادات، و&apos;check&apos; يتحقق منها</translation>
    </message>
    <message>
        <source>add spasmguard to your desktop&apos;s app menus</source>
        <translation>إضافة spasmguard إلى قوائم التطبيقات في سطح المكتب</translation>
    </message>
    <message>
        <source>export or delete the history (app not needed)</source>
        <translation>تصدير السجل أو حذفه (لا حاجة إلى التطبيق)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>write every event to {file}</source>
        <translation>كتابة كل الأحداث في {file}</translation>
    </message>
    <message>
        <source>the file to write (replaced if it exists), - for stdout</source>
        <translation>الملف المراد كتابته (يُستبدل إن كان موجودًا)، و- للإخراج القياسي</translation>
    </message>
    <message>
        <source>delete every event (snoozes and pauses stay)</source>
        <translation>حذف كل الأحداث (تبقى التأجيلات وفترات الإيقاف المؤقت)</translation>
    </message>
    <message>
        <source>confirm: this cannot be undone</source>
        <translation>تأكيد: لا يمكن التراجع عن ذلك</translation>
    </message>
    <message>
        <source>spasmguard: unexpected error: {error}</source>
        <translation>spasmguard: خطأ غير متوقع: {error}</translation>
    </message>
    <message>
        <source>spasmguard is not running.</source>
        <translation>spasmguard لا يعمل.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>not created yet (defaults in use)</source>
        <translation>لم يُنشأ بعد (القيم الافتراضية مستخدمة)</translation>
    </message>
    <message>
        <source>Problems in {file}: {count}; defaults are used for those keys.</source>
        <translation>المشكلات في {file}: {count}؛ تُستخدم القيم الافتراضية لتلك المفاتيح.</translation>
    </message>
    <message>
        <source>this deletes every event for good; add --yes to confirm.</source>
        <translation>سيحذف هذا كل الأحداث نهائيًا؛ أضف --yes للتأكيد.</translation>
    </message>
    <message>
        <source>Events deleted: {count}.</source>
        <translation>الأحداث المحذوفة: {count}.</translation>
    </message>
    <message>
        <source>Events exported to {file}: {count}.</source>
        <translation>الأحداث المصدَّرة إلى {file}: {count}.</translation>
    </message>
    <message>
        <source>installed {file}</source>
        <translation>ثُبّت {file}</translation>
    </message>
    <message>
        <source>{zone} (a fixed offset: no daylight-saving changes)</source>
        <translation>{zone} (فرق ثابت: لا تغييرات للتوقيت الصيفي)</translation>
    </message>
    <message>
        <source>Could not create the folder {folder}</source>
        <translation>تعذّر إنشاء المجلد {folder}</translation>
    </message>
    <message>
        <source>Could not save {file}</source>
        <translation>تعذّر حفظ {file}</translation>
    </message>
    <message>
        <source>The previous file is unchanged.</source>
        <translation>الملف السابق لم يتغير.</translation>
    </message>
    <message>
        <source>Could not write {file}</source>
        <translation>تعذّرت كتابة {file}</translation>
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
        <translation>فُتح للقراءة فقط</translation>
    </message>
    <message>
        <source>{file} is not a complete spasmguard history yet</source>
        <translation>{file} ليس سجل spasmguard مكتملًا بعد</translation>
    </message>
    <message>
        <source>{file} was written by an older spasmguard; start the app once to update it</source>
        <translation>كتب {file} إصدارٌ أقدم من spasmguard؛ شغّل التطبيق مرة واحدة لتحديثه</translation>
    </message>
    <message>
        <source>it was written by a newer spasmguard</source>
        <translation>كتبه إصدار أحدث من spasmguard</translation>
    </message>
    <message>
        <source>{file} is not a spasmguard history database</source>
        <translation>{file} ليس قاعدة بيانات سجل spasmguard</translation>
    </message>
    <message>
        <source>{file} is open read-only: {reason}</source>
        <translation>{file} مفتوح للقراءة فقط: {reason}</translation>
    </message>
    <message>
        <source>could not open {file}: {reason}</source>
        <translation>تعذّر فتح {file}: {reason}</translation>
    </message>
    <message>
        <source>could not write to {file}: {reason}</source>
        <translation>تعذّرت الكتابة في {file}: {reason}</translation>
    </message>
    <message>
        <source>spasmguard is running.</source>
        <translation>spasmguard يعمل.</translation>
    </message>
    <message>
        <source>spasmguard is not running; times show when reminders would come if it started now.</source>
        <translation>spasmguard لا يعمل؛ تبيّن الأوقات متى ستأتي التذكيرات لو بدأ تشغيله الآن.</translation>
    </message>
    <message>
        <source>All reminders are paused until you resume them.</source>
        <translation>كل التذكيرات متوقفة مؤقتًا حتى تستأنفها.</translation>
    </message>
    <message>
        <source>All reminders are paused until {time}.</source>
        <translation>كل التذكيرات متوقفة مؤقتًا حتى {time}.</translation>
    </message>
    <message>
        <source>Times are in {zone}.</source>
        <translation>الأوقات بتوقيت {zone}.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>every {minutes} min, not scheduled</source>
        <translation>كل {minutes} د، غير مجدول</translation>
    </message>
    <message>
        <source>every {minutes} min, next {time} (snoozed until {until})</source>
        <translation>كل {minutes} د، التالي: {time} (مؤجل حتى {until})</translation>
    </message>
    <message>
        <source>every {minutes} min, next {time}</source>
        <translation>كل {minutes} د، التالي: {time}</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>السبت</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>Cannot reach the running spasmguard: {reason}.</source>
        <translation>تعذّر الوصول إلى spasmguard قيد التشغيل: {reason}.</translation>
    </message>
    <message>
        <source>spasmguard did not answer in time.</source>
        <translation>لم يُجب spasmguard في الوقت المحدد.</translation>
    </message>
    <message>
        <source>spasmguard closed the connection without answering.</source>
        <translation>أغلق spasmguard الاتصال دون أن يجيب.</translation>
    </message>
    <message>
        <source>spasmguard sent a reply that cannot be read.</source>
        <translation>أرسل spasmguard ردًا لا يمكن قراءته.</translation>
    </message>
    <message>
        <source>The command failed.</source>
        <translation>فشل الأمر.</translation>
    </message>
    <message>
        <source>{problem} The new settings are in effect until spasmguard quits.</source>
        <translation>{problem} تسري الإعدادات الجديدة حتى إغلاق spasmguard.</translation>
    </message>
    <message>
        <source>Start at login could not be switched on. {reason}</source>
        <translation>تعذّر تفعيل التشغيل عند تسجيل الدخول. {reason}</translation>
    </message>
    <message>
        <source>Start at login could not be switched off. {reason}</source>
        <translation>تعذّر إيقاف التشغيل عند تسجيل الدخول. {reason}</translation>
    </message>
    <message>
        <source>Could not remove {file}: {reason}.</source>
        <translation>تعذّرت إزالة {file}: {reason}.</translation>
    </message>
    <message>
        <source>logging to stderr, {error}</source>
        <translation>يُكتب سجلّ الأحداث إلى stderr: {error}</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are not set); start it from your desktop session. The commands (spasmguard status, ...) work without one.</source>
        <translation>لم يُعثر على شاشة (لم يُضبط DISPLAY ولا WAYLAND_DISPLAY)؛ شغّله من جلسة سطح المكتب. أما الأوامر (spasmguard status، ...) فتعمل من دونها.</translation>
    </message>
    <message>
        <source>cannot listen for commands at {path}: {error}</source>
        <translation>تعذّر استقبال الأوامر على {path}: {error}</translation>
    </message>
    <message>
        <source>another copy holds the lock but does not answer.</source>
        <translation>نسخة أخرى تحتفظ بالقفل لكنها لا تستجيب.</translation>
    </message>
    <message>
        <source>{error}; history is not saved this session.</source>
        <translation>{error}؛ لن يُحفظ السجل في هذه الجلسة.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>, </source>
        <comment>between the numbers of one day: done 2, snoozed 1</comment>
        <translation>، </translation>
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
        <translation>دائرة تكبر مع الشهيق وتصغر مع الزفير.</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing break</source>
        <translation>استراحة التنفس</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>إيقاف(&amp;T)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>إيقاف (Esc)</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>أحسنت</translation>
    </message>
    <message>
        <source>Your breathing break is recorded as done.</source>
        <translation>سُجّلت استراحة التنفس على أنها منجزة.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إغلاق(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Paused, {time} left</source>
        <translation>متوقفة مؤقتًا، بقي {time}</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>استئناف(&amp;U)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>بقي {time}</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>إيقاف مؤقت(&amp;P)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>{action} (Space)</source>
        <translation>{action} (مسافة)</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>شهيق</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>زفير</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>This desktop does not tell apps how long you have been idle.</source>
        <translation>سطح المكتب هذا لا يخبر التطبيقات بمدة خمولك.</translation>
    </message>
    <message>
        <source>This desktop does not tell apps when a window is fullscreen.</source>
        <translation>سطح المكتب هذا لا يخبر التطبيقات متى تكون نافذةٌ في وضع ملء الشاشة.</translation>
    </message>
    <message>
        <source>GNOME on Wayland does not tell apps when a window is fullscreen.</source>
        <translation>لا يخبر GNOME على Wayland التطبيقات متى تكون نافذةٌ في وضع ملء الشاشة.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Unknown habit {habit!r}.</source>
        <translation>عادة غير معروفة {habit!r}.</translation>
    </message>
    <message>
        <source>Showing the {title} reminder.</source>
        <translation>يُعرض الآن تذكير {title}.</translation>
    </message>
    <message>
        <source>Snooze length must be a whole number of minutes, 1 to {most}.</source>
        <translation>يجب أن تكون مدة التأجيل عددًا صحيحًا من الدقائق، من 1 إلى {most}.</translation>
    </message>
    <message>
        <source>{title} snoozed until {time}.</source>
        <translation>أُجّل تذكير {title} حتى {time}.</translation>
    </message>
    <message>
        <source>Pause length must be 1 to {most} minutes, &apos;tomorrow&apos; or &apos;off&apos;.</source>
        <translation>يجب أن تكون مدة الإيقاف المؤقت من 1 إلى {most} دقيقة، أو &apos;tomorrow&apos; أو &apos;off&apos;.</translation>
    </message>
    <message>
        <source>Reminders paused until you resume them.</source>
        <translation>التذكيرات متوقفة مؤقتًا حتى تستأنفها.</translation>
    </message>
    <message>
        <source>Reminders paused until {time}.</source>
        <translation>التذكيرات متوقفة مؤقتًا حتى {time}.</translation>
    </message>
    <message>
        <source>Reminders resumed.</source>
        <translation>استُؤنفت التذكيرات.</translation>
    </message>
    <message>
        <source>{title}: done.</source>
        <translation>{title}: تم.</translation>
    </message>
    <message>
        <source>The amount must be a whole number of millilitres, 1 to {most}.</source>
        <translation>يجب أن تكون الكمية عددًا صحيحًا من المليلترات، من 1 إلى {most}.</translation>
    </message>
    <message>
        <source>Water today: {total} of {goal} ml.</source>
        <translation>ماء اليوم: {total} من {goal} مل.</translation>
    </message>
    <message>
        <source>Unknown window {name!r}.</source>
        <translation>نافذة غير معروفة {name!r}.</translation>
    </message>
    <message>
        <source>spasmguard is quitting.</source>
        <translation>spasmguard يُغلَق الآن.</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>Some settings could not be used, so their defaults are in effect:</source>
        <translation>تعذّر استخدام بعض الإعدادات، لذا تسري قيمها الافتراضية:</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>مؤجَّل</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>متخطّى</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>فائت</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>آخر %n يوم</numerusform>
            <numerusform>آخر %n يوم</numerusform>
            <numerusform>آخر %n يومين</numerusform>
            <numerusform>آخر %n أيام</numerusform>
            <numerusform>آخر %n يومًا</numerusform>
            <numerusform>آخر %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>الفترة المعروضة</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>العرض(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>تصدير(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete history…</source>
        <translation>حذف السجل(&amp;D)…</translation>
    </message>
    <message>
        <source>Charts by habit</source>
        <translation>رسوم بيانية لكل عادة</translation>
    </message>
    <message>
        <source>answers per day</source>
        <translation>الإجابات في اليوم</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>الماء</translation>
    </message>
    <message>
        <source>water per day</source>
        <translation>الماء في اليوم</translation>
    </message>
    <message>
        <source>water (dashed line: daily goal)</source>
        <translation>الماء (الخط المتقطع: الهدف اليومي)</translation>
    </message>
    <message>
        <source>{title}: {what}</source>
        <translation>{title}: {what}</translation>
    </message>
    <message>
        <source>{title}: the numbers of each day</source>
        <translation>{title}: أرقام كل يوم</translation>
    </message>
    <message>
        <source>{summary} In this period: {totals}.</source>
        <translation>{summary} في هذه الفترة: {totals}.</translation>
    </message>
    <message>
        <source>Nothing recorded in this period</source>
        <translation>لم يُسجَّل شيء في هذه الفترة</translation>
    </message>
    <message>
        <source>Days in a row: {current} now, {best} at best</source>
        <translation>أيام متتالية: {current} حاليًا، وأفضلها {best}</translation>
    </message>
    <message>
        <source>no answered reminders in this period</source>
        <translation>لا تذكيرات مُجابة في هذه الفترة</translation>
    </message>
    <message>
        <source>done {percent} % of the times it was due</source>
        <translation>أُنجز في {percent}٪ من المرات التي حان موعده فيها</translation>
    </message>
    <message numerus="yes">
        <source>Daily goal {goal} ml, reached on {met} of %n days.</source>
        <translation>
            <numerusform>الهدف اليومي {goal} مل، تحقق في {met} من أصل %n يوم.</numerusform>
            <numerusform>الهدف اليومي {goal} مل، تحقق في {met} من أصل %n يوم.</numerusform>
            <numerusform>الهدف اليومي {goal} مل، تحقق في {met} من أصل %n يومين.</numerusform>
            <numerusform>الهدف اليومي {goal} مل، تحقق في {met} من أصل %n أيام.</numerusform>
            <numerusform>الهدف اليومي {goal} مل، تحقق في {met} من أصل %n يومًا.</numerusform>
            <numerusform>الهدف اليومي {goal} مل، تحقق في {met} من أصل %n يوم.</numerusform>
        </translation>
    </message>
    <message>
        <source>water</source>
        <translation>الماء</translation>
    </message>
    <message>
        <source>No water recorded in this period</source>
        <translation>لم يُسجَّل شرب ماء في هذه الفترة</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>تصدير السجل</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>Export written to {path} (events: {count}).</source>
        <translation>كُتب التصدير في {path} (عدد الأحداث: {count}).</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>فشل الحذف</translation>
    </message>
    <message>
        <source>History deleted (events removed: {count}).</source>
        <translation>حُذف السجل (عدد الأحداث المحذوفة: {count}).</translation>
    </message>
    <message>
        <source>Delete history?</source>
        <translation>حذف السجل؟</translation>
    </message>
    <message>
        <source>Delete every recorded reminder, answer and glass of water? Streaks start again from zero. This cannot be undone; export the history first to keep a copy.</source>
        <translation>هل تريد حذف كل تذكير وإجابة وكوب ماء مسجَّل؟ تبدأ سلاسل الأيام المتتالية من الصفر من جديد. لا يمكن التراجع عن ذلك؛ صدّر السجل أولًا لتحتفظ بنسخة.</translation>
    </message>
    <message>
        <source>Delete history</source>
        <translation>حذف السجل</translation>
    </message>
</context>
<context>
    <name>LiftingPanel</name>
    <message>
        <source>Safe lifting</source>
        <translation>الرفع الآمن</translation>
    </message>
    <message>
        <source>Lift safely, step by step</source>
        <translation>ارفع بأمان، خطوة بخطوة</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>افعل</translation>
    </message>
    <message>
        <source>Don&apos;t</source>
        <translation>لا تفعل</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>متى تراجع مختصًا</translation>
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
        <translation>التذكيرات والإعدادات(&amp;R)</translation>
    </message>
    <message>
        <source>Closing this window keeps your reminders running. To open it again, start spasmguard again from your application menu.</source>
        <translation>إغلاق هذه النافذة لا يوقف تذكيراتك. لفتحها مرة أخرى، شغّل spasmguard من جديد من قائمة التطبيقات.</translation>
    </message>
    <message>
        <source>Your desktop shows no tray icons, so spasmguard has no icon in the top bar. This window stands in for it. It opens by itself this once only.</source>
        <translation>لا يعرض سطح مكتبك أيقونات في لوحة النظام، لذا ليس لـ spasmguard أيقونة في الشريط العلوي. هذه النافذة تقوم مقامها، وتُفتح من تلقاء نفسها هذه المرة فقط.</translation>
    </message>
    <message>
        <source>&amp;Add spasmguard to the application menu</source>
        <translation>إضافة spasmguard إلى قائمة التطبيقات(&amp;A)</translation>
    </message>
    <message>
        <source>Added: spasmguard is now in your application menu.</source>
        <translation>تمت الإضافة: أصبح spasmguard في قائمة التطبيقات.</translation>
    </message>
</context>
<context>
    <name>NotificationSender</name>
    <message>
        <source>Done</source>
        <extracomment>The longest close() holds the GUI thread at quit; a server slower than that is not waited for.</extracomment>
        <translation>تم</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>تأجيل</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>+ a glass</source>
        <translation>+ كوب</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>كل الإجابات</translation>
    </message>
    <message>
        <source>No D-Bus session bus is available.</source>
        <translation>لا يتوفر ناقل جلسة D-Bus.</translation>
    </message>
    <message>
        <source>No notification server is running.</source>
        <translation>لا يعمل أي خادم إشعارات.</translation>
    </message>
    <message>
        <source>The notification server cannot show buttons.</source>
        <translation>خادم الإشعارات لا يستطيع عرض الأزرار.</translation>
    </message>
    <message>
        <source>The notification server did not answer in time.</source>
        <translation>لم يُجب خادم الإشعارات في الوقت المحدد.</translation>
    </message>
    <message>
        <source>The notification server refused it.</source>
        <translation>رفضه خادم الإشعارات.</translation>
    </message>
</context>
<context>
    <name>PostureCheck</name>
    <message>
        <source>Posture check</source>
        <translation>فحص الجلسة</translation>
    </message>
    <message>
        <source>How are you sitting?</source>
        <translation>كيف تجلس؟</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>تم(&amp;D)</translation>
    </message>
    <message>
        <source>Save these answers; counts as a posture check done</source>
        <translation>احفظ هذه الإجابات؛ يُحسب ذلك فحصًا منجزًا للجلسة</translation>
    </message>
    <message>
        <source>Your answers are kept, so this window can show what you miss most.</source>
        <translation>تُحفظ إجاباتك، لتتمكن هذه النافذة من إظهار أكثر ما يفوتك.</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days: every item was right at every check.</source>
        <translation>
            <numerusform>آخر %n يوم: كان كل بند صحيحًا في كل فحص.</numerusform>
            <numerusform>آخر %n يوم: كان كل بند صحيحًا في كل فحص.</numerusform>
            <numerusform>آخر %n يومين: كان كل بند صحيحًا في كل فحص.</numerusform>
            <numerusform>آخر %n أيام: كان كل بند صحيحًا في كل فحص.</numerusform>
            <numerusform>آخر %n يومًا: كان كل بند صحيحًا في كل فحص.</numerusform>
            <numerusform>آخر %n يوم: كان كل بند صحيحًا في كل فحص.</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} ({missed} of {total} checks)</source>
        <translation>{title} ({missed} من {total} من الفحوص)</translation>
    </message>
    <message numerus="yes">
        <source>Most often missed in the last %n days: {items}.</source>
        <translation>
            <numerusform>أكثر ما فاتك في آخر %n يوم: {items}.</numerusform>
            <numerusform>أكثر ما فاتك في آخر %n يوم: {items}.</numerusform>
            <numerusform>أكثر ما فاتك في آخر %n يومين: {items}.</numerusform>
            <numerusform>أكثر ما فاتك في آخر %n أيام: {items}.</numerusform>
            <numerusform>أكثر ما فاتك في آخر %n يومًا: {items}.</numerusform>
            <numerusform>أكثر ما فاتك في آخر %n يوم: {items}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfessionalPanel</name>
    <message>
        <source>When to see a professional</source>
        <translation>متى تراجع مختصًا</translation>
    </message>
</context>
<context>
    <name>ReminderSession</name>
    <message>
        <source>Welcome back - you were away {duration}.</source>
        <extracomment>The plan, the state or &quot;do not disturb&quot; changed: the views refresh. Show the app&apos;s own reminder window for this habit, with this text. The habit&apos;s reminder was settled elsewhere: withdraw its reminder window, if one is open. Open (or raise) the window of this name, one of OPEN_WINDOWS, with the launcher&apos;s activation tokens (a mapping, empty unless a command forwarded them).</extracomment>
        <translation>مرحبًا بعودتك، لقد غبت {duration}.</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Reminder: {title}</source>
        <translation>تذكير: {title}</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>ابدأ(&amp;T)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Start the guided break</source>
        <translation>ابدأ الاستراحة الموجَّهة</translation>
    </message>
    <message>
        <source>+ a &amp;glass</source>
        <translation>+ كوب(&amp;G)</translation>
    </message>
    <message>
        <source>Add a glass</source>
        <translation>إضافة كوب</translation>
    </message>
    <message>
        <source>I drank a glass of water: count it, and this reminder as done</source>
        <translation>شربت كوب ماء: احسبه، واحسب هذا التذكير منجزًا</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>تم(&amp;D)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>I did it</source>
        <translation>أنجزته</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>تأجيل(&amp;S)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>تأجيل</translation>
    </message>
    <message>
        <source>Remind me again later</source>
        <translation>ذكّرني لاحقًا</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>تخطٍّ(&amp;K)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <source>Not this time</source>
        <translation>ليس هذه المرة</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>الوقت المتبقي</translation>
    </message>
</context>
<context>
    <name>SafetyBlocks</name>
    <message>
        <source>Caution</source>
        <translation>تنبيه</translation>
    </message>
</context>
<context>
    <name>SafetyLinks</name>
    <message>
        <source>Warning si&amp;gns…</source>
        <translation>علامات التحذير(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;If your back is in spasm now…</source>
        <translation>إن كان ظهرك متشنجًا الآن(&amp;I)…</translation>
    </message>
    <message>
        <source>When to see a professional, and when to get help now</source>
        <translation>متى تراجع مختصًا، ومتى تطلب المساعدة فورًا</translation>
    </message>
    <message>
        <source>What to do while your back is in spasm</source>
        <translation>ما تفعله ما دام ظهرك متشنجًا</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Leave empty for rotating tips</source>
        <translation>اتركه فارغًا لتتناوب النصائح</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>افتراضي النظام</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>إشعار سطح المكتب</translation>
    </message>
    <message>
        <source>spasmguard&apos;s own window</source>
        <translation>نافذة spasmguard الخاصة</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <source>spasmguard settings</source>
        <translation>إعدادات spasmguard</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>أقسام الإعدادات</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Use the general setting</source>
        <translation>استخدام الإعداد العام</translation>
    </message>
    <message>
        <source>While checked, the General tab&apos;s value is used.</source>
        <translation>ما دام هذا محددًا، تُستخدم قيمة تبويب «عام».</translation>
    </message>
    <message>
        <source>Start at login not changed</source>
        <translation>لم يتغير التشغيل عند تسجيل الدخول</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>لم تُحفظ الإعدادات</translation>
    </message>
    <message>
        <source>{tab}, {title}: {problem}</source>
        <translation>{tab}، {title}: {problem}</translation>
    </message>
</context>
<context>
    <name>StretchSession</name>
    <message>
        <source>Stretch break</source>
        <translation>استراحة حركة</translation>
    </message>
    <message>
        <source>{minutes} min: {title}</source>
        <translation>{title} ({minutes} د)</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>التمارين</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>التمارين(&amp;R):</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>الوقت المتبقي في هذه الخطوة</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>التقدم في التمارين</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>رجوع(&amp;B)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>السهم الأيسر</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>ابدأ(&amp;S)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>تخطٍّ(&amp;K)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>السهم الأيمن</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>إيقاف(&amp;T)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
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
        <translation>اكتملت التمارين</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>أحسنت!</translation>
    </message>
    <message>
        <source>Your stretch break is recorded as done.</source>
        <translation>سُجّلت استراحة الحركة على أنها منجزة.</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>الخطوة {number} من {count}</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>استئناف(&amp;U)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>إيقاف مؤقت(&amp;P)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إغلاق(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>SvgView</name>
    <message>
        <source>Drawing: {title}</source>
        <translation>رسم: {title}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>spasmguard: paused until {time}</source>
        <translation>spasmguard: متوقف مؤقتًا حتى {time}</translation>
    </message>
    <message>
        <source>spasmguard: paused</source>
        <translation>spasmguard: متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>spasmguard: next, {title} at {time}</source>
        <translation>spasmguard: التالي {title} في {time}</translation>
    </message>
    <message>
        <source>spasmguard: no reminders scheduled</source>
        <translation>spasmguard: لا تذكيرات مجدولة</translation>
    </message>
    <message>
        <source>Water today: {drunk} of {goal} ml</source>
        <translation>ماء اليوم: {drunk} من {goal} مل</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>30 minutes</source>
        <translation>30 دقيقة</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>ساعة واحدة</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>ساعتان</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>حتى الغد</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>حتى أستأنفها</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>لمدة ساعة</translation>
    </message>
    <message>
        <source>Until I turn it off</source>
        <translation>حتى أوقفه</translation>
    </message>
    <message>
        <source>I drank a glass of water  ({drunk} / {goal} ml)</source>
        <translation>شربت كوب ماء  ({drunk} / {goal} مل)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء(&amp;Q)</translation>
    </message>
    <message>
        <source>All reminders are switched off</source>
        <translation>كل التذكيرات معطَّلة</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>غير مجدول</translation>
    </message>
    <message>
        <source>snoozed until {time}</source>
        <translation>مؤجَّل حتى {time}</translation>
    </message>
    <message>
        <source>next {time}</source>
        <translation>التالي {time}</translation>
    </message>
    <message>
        <source>Show this reminder now</source>
        <translation>اعرض هذا التذكير الآن</translation>
    </message>
    <message>
        <source>S&amp;tretch break…</source>
        <translation>استراحة حركة(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Breathing break…</source>
        <translation>استراحة تنفس(&amp;B)…</translation>
    </message>
    <message>
        <source>Posture chec&amp;k…</source>
        <translation>فحص الجلسة(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Lifting technique…</source>
        <translation>طريقة الرفع(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;If your back is in spasm now…</source>
        <translation>إن كان ظهرك متشنجًا الآن(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;When to see a professional…</source>
        <translation>متى تراجع مختصًا(&amp;W)…</translation>
    </message>
    <message>
        <source>W&amp;elcome tour…</source>
        <translation>جولة الترحيب(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>السجل(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإعدادات(&amp;S)…</translation>
    </message>
    <message>
        <source>Turn off &amp;do not disturb (on until {time})</source>
        <translation>إيقاف «عدم الإزعاج»(&amp;D) (مفعَّل حتى {time})</translation>
    </message>
    <message>
        <source>Turn off &amp;do not disturb</source>
        <translation>إيقاف «عدم الإزعاج»(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>عدم الإزعاج(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Resume reminders (paused until {time})</source>
        <translation>استئناف التذكيرات(&amp;R) (متوقفة حتى {time})</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>استئناف التذكيرات(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>إيقاف التذكيرات مؤقتًا(&amp;P)</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome to spasmguard</source>
        <translation>مرحبًا بك في spasmguard</translation>
    </message>
    <message>
        <source>spasmguard reminds you, during your working hours, of four everyday habits that can help prevent back spasms:</source>
        <translation>يذكّرك spasmguard، في أثناء ساعات عملك، بأربع عادات يومية يمكن أن تساعد على الوقاية من تشنجات الظهر:</translation>
    </message>
    <message>
        <source>Away from the desk, walking, swimming and cycling are gentle ways to stay fit that can help your back too.</source>
        <translation>بعيدًا عن المكتب، المشي والسباحة وركوب الدراجة طرق لطيفة للحفاظ على لياقتك، ويمكن أن تفيد ظهرك أيضًا.</translation>
    </message>
    <message>
        <source>When reminders come</source>
        <translation>متى تأتي التذكيرات</translation>
    </message>
    <message>
        <source>Working days, your own reminder texts and the rest are in Settings, in the tray menu. This welcome is there too, as Welcome tour.</source>
        <translation>أيام العمل ونصوص التذكير الخاصة بك وسائر الخيارات في «الإعدادات» من قائمة أيقونة spasmguard. وهذا الترحيب موجود هناك أيضًا باسم «جولة الترحيب».</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>بداية ساعات العمل</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>نهاية ساعات العمل</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>&amp;Working hours</source>
        <translation>ساعات العمل(&amp;W)</translation>
    </message>
    <message>
        <source>{title}: every</source>
        <translation>{title}: كل</translation>
    </message>
    <message>
        <source>{title}, every</source>
        <translation>{title}، كل</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>حفظ وبدء(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>تخطٍّ(&amp;K)</translation>
    </message>
    <message>
        <source>Keep the settings as they are</source>
        <translation>الإبقاء على الإعدادات كما هي</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>لم تُحفظ الإعدادات</translation>
    </message>
</context>
<context>
    <name>_Drawing</name>
    <message>
        <source>Drawing: {title}</source>
        <translation>رسم: {title}</translation>
    </message>
</context>
<context>
    <name>_UnitSpinBox</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانيتان</numerusform>
            <numerusform>%n ثوانٍ</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ml</source>
        <translation>
            <numerusform>%n مل</numerusform>
            <numerusform>%n مل</numerusform>
            <numerusform>%n مل</numerusform>
            <numerusform>%n مل</numerusform>
            <numerusform>%n مل</numerusform>
            <numerusform>%n مل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spasmguard.instance</name>
    <message>
        <source>The request is too large.</source>
        <extracomment>Where launchers put the token that lets the launched app bring a window to the front: Wayland&apos;s xdg-activation token and the X11 startup-notification id. A timeout of 0 would make a socket non-blocking: the least wait used instead.</extracomment>
        <translation>الطلب كبير جدًا.</translation>
    </message>
    <message>
        <source>Unknown command: %s.</source>
        <translation>أمر غير معروف: %s.</translation>
    </message>
    <message>
        <source>The command failed inside spasmguard; see its log for details.</source>
        <translation>فشل الأمر داخل spasmguard؛ راجع سجله للتفاصيل.</translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation>الطلب ليس JSON صالحًا.</translation>
    </message>
    <message>
        <source>The request must be a JSON object.</source>
        <translation>يجب أن يكون الطلب كائن JSON.</translation>
    </message>
    <message>
        <source>The request needs a text &quot;cmd&quot; and an object &quot;args&quot;.</source>
        <translation>يحتاج الطلب إلى نص &quot;cmd&quot; وكائن &quot;args&quot;.</translation>
    </message>
</context>
</TS>
