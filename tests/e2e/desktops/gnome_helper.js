// Test-only GNOME Shell extension (GNOME 43/44), written into a throw-away data dir by
// tests/e2e/desktops/gnome.py. Never installed for users.
//
// - unsafe mode unlocks org.gnome.Shell.Eval and the Screenshot D-Bus API (GNOME 41+ refuse
//   both to outside callers);
// - it drops the shell's own system notices ("Logged in as a privileged user", ...), whose
//   banners would queue the app's notification behind them;
// - `spasmguardTest` is what the tests call through Eval: windows with app ids and focus, the
//   banner on screen and its buttons, the top bar's tray icons and their menus, and a virtual
//   pointer and keyboard that act like real ones (Clutter input devices).
//
// The banner is read through GNOME Shell 43's own fields (_banner, _notification, _buttonBox),
// and the notifications with their D-Bus ids and action keys through its notification daemon's
// (_fdoNotificationDaemon._notifications): the shell has no public API for either.
const { Clutter, Gio, GLib, Shell } = imports.gi;
const Main = imports.ui.main;
const MessageTray = imports.ui.messageTray;

let sourceAdded = 0;
let pointer = null;
let keyboard = null;

function dropSystemSources() {
    for (const source of Main.messageTray.getSources()) {
        if (source instanceof MessageTray.SystemNotificationSource)
            source.destroy();
    }
}

function box(actor) {
    const [x, y] = actor.get_transformed_position();
    const [w, h] = actor.get_transformed_size();
    const rounded = [x, y, w, h].map(Math.round);
    return rounded.some(Number.isNaN) ? null : rounded;  // NaN: not laid out yet
}

// The shell's map animation grows a new window from a dot at its bottom edge (150 ms): until it
// ends, a click at the window's corner lands on whatever is behind it.
function growing(actor) {
    return actor.scale_x !== 1 || actor.scale_y !== 1 || actor.opacity !== 255;
}

function windowInfo(w) {
    const app = Shell.WindowTracker.get_default().get_window_app(w);
    const actor = w.get_compositor_private();
    const r = w.get_frame_rect();
    return {
        title: w.get_title(),
        wm_class: w.get_wm_class(),
        gtk_app_id: w.get_gtk_application_id(),
        sandboxed_app_id: w.get_sandboxed_app_id(),
        app: app ? app.get_id() : null,
        pid: w.get_pid(),
        focused: w.has_focus(),
        mapped: Boolean(actor && actor.mapped) && !growing(actor),
        fullscreen: w.is_fullscreen(),
        rect: [r.x, r.y, r.width, r.height],
    };
}

function findWindow(title) {
    return global.display.list_all_windows().find(w => w.get_title() === title);
}

function menuItems(menu) {
    return menu.box.get_children()
        .filter(item => item.label && item.visible)
        .map(item => ({label: item.label.text, box: box(item), sensitive: item.reactive}));
}

var spasmguardTest = {
    windows() {
        return global.display.list_all_windows().map(windowInfo);
    },
    closeWindow(title) {
        findWindow(title).delete(global.get_current_time());
        return true;
    },
    activateWindow(title) {
        Main.activateWindow(findWindow(title));
        return true;
    },
    notifications() {
        const held = Main.notificationDaemon._fdoNotificationDaemon._notifications;
        return Object.values(held).filter(n => n.notification).map(n => {
            const actions = {};
            for (let i = 0; i + 1 < n.actions.length; i += 2)
                actions[n.actions[i]] = n.actions[i + 1];
            return {id: n.id, app_name: n.appName, summary: n.summary, body: n.body, actions};
        });
    },
    dismissAll() {
        for (const source of Main.messageTray.getSources())
            source.destroy();
        return true;
    },
    sources() {
        return Main.messageTray.getSources().map(s => s.title);
    },
    banner() {
        const banner = Main.messageTray._banner;
        const notification = Main.messageTray._notification;
        if (!banner || !notification || !banner.mapped)
            return null;
        const held = Main.notificationDaemon._fdoNotificationDaemon._notifications;
        const ndata = Object.values(held).find(n => n.notification === notification);
        return {
            id: ndata ? ndata.id : null,
            title: notification.title,
            actions: notification.actions.map(a => a.label),
            expanded: banner.expanded,
            box: box(banner),
            buttons: banner._buttonBox.get_children()
                .filter(b => b.mapped)
                .map(b => ({label: b.label, box: box(b)})),
        };
    },
    trayIcons() {
        return Object.entries(Main.panel.statusArea)
            .filter(([key]) => key.startsWith('appindicator-'))
            .map(([key, indicator]) => ({
                key, mapped: indicator.mapped, box: box(indicator), menuOpen: indicator.menu.isOpen,
            }));
    },
    trayMenu(key) {
        const menu = Main.panel.statusArea[key].menu;
        // Open, and done fading in (a screenshot taken earlier shows no menu).
        return menu.isOpen && menu.actor.opacity === 255 ? menuItems(menu) : null;
    },
    move(x, y) {
        pointer ??= Clutter.get_default_backend().get_default_seat()
            .create_virtual_device(Clutter.InputDeviceType.POINTER_DEVICE);
        pointer.notify_absolute_motion(GLib.get_monotonic_time(), x, y);
        return true;
    },
    click(x, y) {
        this.move(x, y);
        const t = GLib.get_monotonic_time();
        pointer.notify_button(t + 1000, Clutter.BUTTON_PRIMARY, Clutter.ButtonState.PRESSED);
        pointer.notify_button(t + 60000, Clutter.BUTTON_PRIMARY, Clutter.ButtonState.RELEASED);
        return true;
    },
    type(text) {
        for (const ch of text)
            this.keys([Clutter.unicode_to_keysym(ch.codePointAt(0))]);
        return true;
    },
    shortcut(combination) {
        // "alt+d": the modifiers held around the last key
        const modifiers = {alt: Clutter.KEY_Alt_L, ctrl: Clutter.KEY_Control_L,
            shift: Clutter.KEY_Shift_L, super: Clutter.KEY_Super_L};
        const names = combination.split('+');
        const key = Clutter.unicode_to_keysym(names.pop().codePointAt(0));
        return this.keys([...names.map(name => modifiers[name]), key]);
    },
    keys(keyvals) {
        // Press each in turn, then release them in reverse order.
        keyboard ??= Clutter.get_default_backend().get_default_seat()
            .create_virtual_device(Clutter.InputDeviceType.KEYBOARD_DEVICE);
        let t = GLib.get_monotonic_time();
        for (const keyval of keyvals)
            keyboard.notify_keyval(t += 20000, keyval, Clutter.KeyState.PRESSED);
        for (const keyval of [...keyvals].reverse())
            keyboard.notify_keyval(t += 20000, keyval, Clutter.KeyState.RELEASED);
        return true;
    },
    launch(desktopFile) {
        // As the app grid does on a click: with a launch context stamped now, so the app gets
        // a startup id that Mutter accepts as a recent activation token.
        const info = Gio.DesktopAppInfo.new_from_filename(desktopFile);
        const now = global.display.get_current_time_roundtrip();
        return info.launch([], global.create_app_launch_context(now, -1));
    },
};

function init() {}

function enable() {
    global.context.unsafe_mode = true;
    globalThis.spasmguardTest = spasmguardTest;
    dropSystemSources();
    sourceAdded = Main.messageTray.connect('source-added', (tray, source) => {
        if (source instanceof MessageTray.SystemNotificationSource) {
            GLib.idle_add(GLib.PRIORITY_DEFAULT, () => {
                source.destroy();
                return GLib.SOURCE_REMOVE;
            });
        }
    });
}

function disable() {
    Main.messageTray.disconnect(sourceAdded);
    delete globalThis.spasmguardTest;
    global.context.unsafe_mode = false;
}
