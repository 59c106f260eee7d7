#!/usr/bin/python3
# A minimal WebKitGTK browser for WebKitWebDriver: a window holding only a WebKitWebView, so
# the window size is the viewport size. MiniBrowser's toolbar keeps its window at least ~447 px
# wide and takes height; this shell has none. Same engine (libwebkit2gtk-4.1), ephemeral data.
# WebKitWebDriver starts it with the args of `webkitgtk:browserOptions` (here: --automation).
# Media features come from GTK settings, set from the environment the driver passes on:
#   E2E_COLOR_SCHEME=dark -> prefers-color-scheme: dark; E2E_REDUCED_MOTION=reduce -> prefers-reduced-motion: reduce
# E2E_PROXY=http://127.0.0.1:PORT sends every request through that proxy except those to the hosts
# in E2E_PROXY_IGNORE (comma-separated; the test site's 127.0.0.1).
import os

import gi

gi.require_version('Gtk', '3.0')
gi.require_version('WebKit2', '4.1')
from gi.repository import Gtk, WebKit2  # noqa: E402

settings = Gtk.Settings.get_default()
settings.set_property('gtk-application-prefer-dark-theme', os.environ.get('E2E_COLOR_SCHEME') == 'dark')
settings.set_property('gtk-enable-animations', os.environ.get('E2E_REDUCED_MOTION') != 'reduce')

context = WebKit2.WebContext.new_ephemeral()
context.set_automation_allowed(True)
if os.environ.get('E2E_PROXY'):
    ignore = [h for h in os.environ.get('E2E_PROXY_IGNORE', '').split(',') if h]
    context.get_website_data_manager().set_network_proxy_settings(
        WebKit2.NetworkProxyMode.CUSTOM, WebKit2.NetworkProxySettings.new(os.environ['E2E_PROXY'], ignore))


def in_window(view):
    window = Gtk.Window()
    window.set_default_size(1280, 800)
    window.add(view)
    view.connect('close', lambda _view: window.destroy())
    # A page's window.open (the presentation from an iframe): a window of its own, as a browser's.
    view.connect('create', open_window)
    return window


def open_window(view, _action):
    opened = WebKit2.WebView(related_view=view, is_controlled_by_automation=True)
    window = in_window(opened)
    opened.connect('ready-to-show', lambda _view: window.show_all())
    return opened


def create_web_view(_session):
    view = WebKit2.WebView(web_context=context, is_controlled_by_automation=True)
    in_window(view).show_all()
    return view


def automation_started(_context, session):
    info = WebKit2.ApplicationInfo()
    info.set_name('WebKitShell')
    info.set_version(WebKit2.get_major_version(), WebKit2.get_minor_version(), WebKit2.get_micro_version())
    session.set_application_info(info)
    session.connect('create-web-view', create_web_view)


context.connect('automation-started', automation_started)
Gtk.main()
