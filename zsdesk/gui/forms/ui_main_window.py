# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QLabel, QListWidget, QListWidgetItem,
    QMainWindow, QMenu, QMenuBar, QSizePolicy,
    QSplitter, QStackedWidget, QStatusBar, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 760)
        self.actionSwitchAccount = QAction(MainWindow)
        self.actionSwitchAccount.setObjectName(u"actionSwitchAccount")
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionNewContract = QAction(MainWindow)
        self.actionNewContract.setObjectName(u"actionNewContract")
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
        self.actionPrint = QAction(MainWindow)
        self.actionPrint.setObjectName(u"actionPrint")
        self.actionSync = QAction(MainWindow)
        self.actionSync.setObjectName(u"actionSync")
        self.actionQueued = QAction(MainWindow)
        self.actionQueued.setObjectName(u"actionQueued")
        self.actionOpenLogDir = QAction(MainWindow)
        self.actionOpenLogDir.setObjectName(u"actionOpenLogDir")
        self.actionGuide = QAction(MainWindow)
        self.actionGuide.setObjectName(u"actionGuide")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.trainingBanner = QLabel(self.centralwidget)
        self.trainingBanner.setObjectName(u"trainingBanner")
        self.trainingBanner.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.centralLayout.addWidget(self.trainingBanner)

        self.splitter = QSplitter(self.centralwidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.navList = QListWidget(self.splitter)
        self.navList.setObjectName(u"navList")
        self.navList.setMinimumSize(QSize(170, 0))
        self.navList.setMaximumSize(QSize(260, 16777215))
        self.splitter.addWidget(self.navList)
        self.pages = QStackedWidget(self.splitter)
        self.pages.setObjectName(u"pages")
        self.splitter.addWidget(self.pages)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuContract = QMenu(self.menubar)
        self.menuContract.setObjectName(u"menuContract")
        self.menuSync = QMenu(self.menubar)
        self.menuSync.setObjectName(u"menuSync")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuContract.menuAction())
        self.menubar.addAction(self.menuSync.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionSwitchAccount)
        self.menuFile.addAction(self.actionSettings)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuContract.addAction(self.actionNewContract)
        self.menuContract.addAction(self.actionFind)
        self.menuContract.addAction(self.actionPrint)
        self.menuSync.addAction(self.actionSync)
        self.menuSync.addAction(self.actionQueued)
        self.menuHelp.addAction(self.actionGuide)
        self.menuHelp.addAction(self.actionOpenLogDir)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"\u4e2d\u5c71\u5e02\u5b58\u91cf\u623f\u7f51\u7b7e\u5907\u6848\uff08\u4e2d\u4ecb\u7f51\u7b7e\uff09", None))
        self.actionSwitchAccount.setText(QCoreApplication.translate("MainWindow", u"\u5207\u6362\u8d26\u53f7\u2026", None))
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"\u8bbe\u7f6e\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"\u9000\u51fa(&X)", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionNewContract.setText(QCoreApplication.translate("MainWindow", u"\u65b0\u5efa\u5b58\u91cf\u623f\u4e70\u5356\u5408\u540c", None))
#if QT_CONFIG(shortcut)
        self.actionNewContract.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"\u67e5\u627e\u5408\u540c", None))
#if QT_CONFIG(shortcut)
        self.actionFind.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.actionPrint.setText(QCoreApplication.translate("MainWindow", u"\u6253\u5370\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionPrint.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.actionSync.setText(QCoreApplication.translate("MainWindow", u"\u7acb\u5373\u540c\u6b65", None))
#if QT_CONFIG(shortcut)
        self.actionSync.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.actionQueued.setText(QCoreApplication.translate("MainWindow", u"\u5f85\u53d1\u9001\u7684\u64cd\u4f5c\u2026", None))
        self.actionOpenLogDir.setText(QCoreApplication.translate("MainWindow", u"\u6253\u5f00\u65e5\u5fd7\u76ee\u5f55", None))
        self.actionGuide.setText(QCoreApplication.translate("MainWindow", u"\u64cd\u4f5c\u6307\u5f15", None))
#if QT_CONFIG(shortcut)
        self.actionGuide.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"\u5173\u4e8e zsdesk", None))
        self.trainingBanner.setText(QCoreApplication.translate("MainWindow", u"\u7ec3\u4e60\u73af\u5883 \u2014 \u6570\u636e\u4e0d\u5177\u6cd5\u5f8b\u6548\u529b\uff08\u8fde\u63a5\u7684\u662f\u672c\u673a\u6c99\u76d2\u767b\u8bb0\u4e2d\u5fc3\uff0c\u53ef\u653e\u5fc3\u8bd5\u7528\u5168\u90e8\u6d41\u7a0b\uff09", None))
#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("MainWindow", u"\u529f\u80fd\u5bfc\u822a", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"\u6587\u4ef6(&F)", None))
        self.menuContract.setTitle(QCoreApplication.translate("MainWindow", u"\u5408\u540c(&C)", None))
        self.menuSync.setTitle(QCoreApplication.translate("MainWindow", u"\u540c\u6b65(&S)", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"\u5e2e\u52a9(&H)", None))
    # retranslateUi

