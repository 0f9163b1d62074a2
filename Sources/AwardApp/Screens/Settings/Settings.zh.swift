/// Text of the settings screen: the board date and the working-day calendar import.
let zhSettings: [String: String] = [
    "settings.boardDate": "看板日期",
    "settings.boardDateOverride": "{0}（本次会话设定，启动时为 {1}）",
    "settings.missingYears": "看板缺少的年份",
    "settings.missingValue": "{0}：请按 i 导入该年的节假日安排通知",
    "calendar.imported": "已导入 {0} 年工作日历：放假 {1} 天，调休上班 {2} 天",
    "calendar.unreadable": "无法读取文件 {0}：请检查路径和权限",
]
