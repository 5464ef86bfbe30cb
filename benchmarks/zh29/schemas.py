"""The columns (name, type, Chinese comment) of the public schemas zh29's tables copy.

Transcribed from four public Chinese projects at pinned commits; `python benchmarks/zh29/schemas.py
--check MIRROR_ROOT` compares every table's columns and comments with the snapshots the workplace's fetch
tool brings (MIRROR_ROOT/OWNER+NAME/repo). Only names, types and descriptions are kept: no code of any
project.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from zhsql import Tables, check_sources, upper_comments  # noqa: E402

PROPERTY = ("KuChanMaster/PropertiesManager", "fb3c46602799564302f46ed604d87e39bf1ee3f8")  # 物业管理, Navicat with Han comments
CAMPUS = ("1714080903113/ssm_test", "981a43eb600f8f2766ea2e82ce6c8a5e813439cb")  # 校园小程序 (跑腿, 表白墙, 问答, 闲置), no comments
BATTERY = ("NorwegianForest/BatteryServer", "e61bff605b1afbc78d620e5981dfa39b80630259")  # 寻电 battery swapping app's server
CLINIC = ("kiritosuki/fffc", "c4f25962a267177f75103bd993f244d506d094d8")  # an eye clinic's doctors and patients, DataGrip DDL
# (repository, commit, path, licence) of each table's DDL
SOURCES = {t: (*PROPERTY, "projectfiles/property_manager.sql", "none stated")
           for t in ("activity", "admin", "charges", "complaint", "fixed", "house", "notice", "parking", "praise", "user", "visitor")}
SOURCES |= {t: (*CAMPUS, "HDproject/huidayz.sql", "none stated")
            for t in ("paotui", "renzheng", "scanswerme", "sccomment", "scstate", "showlove", "slcomment", "wdcomment", "wenda",
                      "xianzhi", "xzcomment")}
# BatteryServer's `user` and `user_station` are left out: the property system's `user` has the name
SOURCES |= {t: (*BATTERY, "data/battery.sql", "Apache-2.0")
            for t in ("appointment", "battery", "login_record", "record", "station", "user_vehicle", "vehicle")}
SOURCES |= {t: (*CLINIC, "sqlScript/medicine/script.sql", "none stated") for t in ("doctor", "patient")}

# the property system's tables, the campus mini program's, the battery-swapping server's, the clinic's
TABLES: Tables = {
    'activity': ('社区家事表', [
        ('id', 'int(0)', '主键ID'),
        ('title', 'varchar(255)', '标题'),
        ('content', 'longtext', '内容'),
        ('time', 'varchar(255)', '发布时间'),
        ('count', 'int(0)', '点赞数'),
    ]),
    'admin': ('管理员', [
        ('id', 'int(0)', 'ID'),
        ('username', 'varchar(255)', '用户名'),
        ('password', 'varchar(255)', '密码'),
        ('name', 'varchar(255)', '姓名'),
        ('avatar', 'varchar(255)', '头像'),
        ('role', 'varchar(255)', '角色标识'),
        ('phone', 'varchar(255)', '电话'),
        ('email', 'varchar(255)', '邮箱'),
    ]),
    'charges': ('收费信息表', [
        ('id', 'int(0)', '主键ID'),
        ('user_id', 'int(0)', '业主ID'),
        ('project', 'varchar(255)', '收费项目'),
        ('price', 'double(10, 2)', '收费金额'),
        ('content', 'varchar(255)', '收费说明'),
        ('status', 'varchar(255)', '缴费状态'),
        ('time', 'varchar(255)', '缴费时间'),
    ]),
    'complaint': ('投诉建议表', [
        ('id', 'int(0)', '主键ID'),
        ('name', 'varchar(255)', '业主姓名'),
        ('time', 'varchar(255)', '投诉时间'),
        ('content', 'text', '投诉内容'),
        ('status', 'varchar(255)', '处理状态'),
    ]),
    'fixed': (None, [
        ('id', 'int(0)', '主键ID'),
        ('name', 'varchar(255)', '业主姓名'),
        ('time', 'datetime(0)', '报修时间'),
        ('content', 'text', '报修内容'),
        ('status', 'varchar(255)', '处理状态'),
    ]),
    'house': ('住房信息表', [
        ('id', 'int(0)', '主键ID'),
        ('code', 'varchar(255)', '房屋号'),
        ('user_id', 'int(0)', '业主ID'),
        ('building', 'varchar(255)', '楼栋号'),
        ('unit', 'varchar(255)', '单元号'),
        ('area', 'varchar(255)', '面积'),
        ('type', 'varchar(255)', '房型'),
        ('content', 'text', '附加说明'),
    ]),
    'notice': ('公告信息表', [
        ('id', 'int(0)', 'ID'),
        ('title', 'varchar(255)', '标题'),
        ('content', 'varchar(255)', '内容'),
        ('time', 'varchar(255)', '创建时间'),
        ('user', 'varchar(255)', '创建人'),
    ]),
    'parking': ('车位信息表', [
        ('id', 'int(0)', '主键ID'),
        ('code', 'varchar(255)', '车位号'),
        ('user_id', 'int(0)', '业主ID'),
    ]),
    'praise': ('点赞信息表', [
        ('id', 'int(0)', '主键ID'),
        ('activity_id', 'int(0)', '帖子ID'),
        ('user_id', 'int(0)', '业主ID'),
    ]),
    'user': ('业主信息表', [
        ('id', 'int(0)', '主键ID'),
        ('username', 'varchar(255)', '用户名'),
        ('password', 'varchar(255)', '密码'),
        ('name', 'varchar(255)', '姓名'),
        ('avatar', 'varchar(255)', '头像'),
        ('role', 'varchar(255)', '角色'),
        ('phone', 'varchar(255)', '电话'),
        ('email', 'varchar(255)', '邮箱'),
        ('account', 'double(10, 2)', '余额'),
    ]),
    'visitor': ('访客信息表', [
        ('id', 'int(0)', '主键ID'),
        ('name', 'varchar(255)', '访客姓名'),
        ('time', 'varchar(255)', '访客时间'),
        ('phone', 'varchar(255)', '访客手机'),
        ('card_no', 'varchar(255)', '身份证号'),
        ('content', 'text', '访客说明'),
    ]),
    'paotui': (None, [
        ('paotuiID', 'int(11)', None),
        ('openID', 'varchar(80)', None),
        ('nickName', 'varchar(50)', None),
        ('avatarUrl', 'varchar(300)', None),
        ('issueTime', 'datetime(0)', None),
        ('phone', 'varchar(40)', None),
        ('wechat', 'varchar(40)', None),
        ('price', 'decimal(10, 2)', None),
        ('qujianPlace', 'varchar(255)', None),
        ('qujianTime', 'varchar(255)', None),
        ('songdaPlace', 'varchar(255)', None),
        ('songdaTime', 'varchar(255)', None),
        ('imageUrl', 'varchar(1000)', None),
        ('classify', 'varchar(60)', None),
    ]),
    'renzheng': (None, [
        ('renzhengID', 'int(11)', None),
        ('finalImgUrl', 'varchar(1000)', None),
        ('name', 'varchar(40)', None),
        ('studentID', 'varchar(20)', None),
        ('openid', 'varchar(80)', None),
    ]),
    'scanswerme': (None, [
        ('openID', 'varchar(80)', None),
        ('sccommentid', 'int(11)', None),
        ('isWatch', 'int(11)', None),
    ]),
    'sccomment': (None, [
        ('scCommentID', 'int(11)', None),
        ('answerOpenID', 'varchar(80)', None),
        ('answerNickName', 'varchar(50)', None),
        ('answerAvatarUrl', 'varchar(300)', None),
        ('targetOpenID', 'varchar(80)', None),
        ('targetNickName', 'varchar(50)', None),
        ('targetAvatarUrl', 'varchar(300)', None),
        ('content', 'varchar(300)', None),
        ('scstateID', 'int(11)', None),
        ('issueTime', 'datetime(0)', None),
    ]),
    'scstate': (None, [
        ('scstateID', 'int(11)', None),
        ('openID', 'varchar(80)', None),
        ('avatarUrl', 'varchar(300)', None),
        ('nickName', 'varchar(50)', None),
        ('admireTimes', 'int(11)', None),
        ('finalImageList', 'varchar(5000)', None),
        ('content', 'varchar(600)', None),
        ('issueTime', 'datetime(0)', None),
        ('isTop', 'int(11)', None),
    ]),
    'showlove': (None, [
        ('showloveID', 'int(11)', None),
        ('target', 'varchar(100)', None),
        ('reason', 'varchar(255)', None),
        ('isShow', 'int(11)', None),
        ('openID', 'varchar(80)', None),
        ('issueTime', 'datetime(0)', None),
        ('avatarUrl', 'varchar(300)', None),
        ('nickName', 'varchar(50)', None),
        ('finalImgUrl', 'varchar(3000)', None),
        ('formatTime', 'varchar(100)', None),
    ]),
    'slcomment': (None, [
        ('showloveID', 'int(11)', None),
        ('commentid', 'int(11)', None),
        ('commentContent', 'varchar(255)', None),
        ('issueTime', 'datetime(0)', None),
    ]),
    'wdcomment': (None, [
        ('wendaID', 'int(11)', None),
        ('commentID', 'int(11)', None),
        ('commentContent', 'varchar(300)', None),
        ('issueTime', 'datetime(0)', None),
        ('admireTimes', 'int(11)', None),
        ('openID', 'varchar(80)', None),
        ('avatarUrl', 'varchar(300)', None),
        ('nickName', 'varchar(50)', None),
    ]),
    'wenda': (None, [
        ('wendaID', 'int(11)', None),
        ('openID', 'varchar(80)', None),
        ('avatarUrl', 'varchar(300)', None),
        ('nickName', 'varchar(50)', None),
        ('finalImgUrl', 'varchar(4000)', None),
        ('watchTimes', 'int(11)', None),
        ('question', 'varchar(300)', None),
        ('detail', 'varchar(300)', None),
        ('issueTime', 'datetime(0)', None),
    ]),
    'xianzhi': (None, [
        ('xianzhiID', 'int(11)', None),
        ('openID', 'varchar(80)', None),
        ('formatTime', 'varchar(40)', None),
        ('issueTime', 'datetime(0)', None),
        ('title', 'varchar(255)', None),
        ('introduce', 'varchar(500)', None),
        ('classify', 'varchar(30)', None),
        ('location', 'varchar(50)', None),
        ('wechat', 'varchar(30)', None),
        ('contact', 'varchar(30)', None),
        ('finalImgUrl', 'varchar(2000)', None),
        ('watchTimes', 'int(11)', None),
        ('avatarUrl', 'varchar(300)', None),
        ('price', 'decimal(10, 2)', None),
        ('hownew', 'varchar(30)', None),
        ('nickName', 'varchar(50)', None),
    ]),
    'xzcomment': (None, [
        ('xianzhiID', 'int(11)', None),
        ('commentID', 'int(11)', None),
        ('commentContent', 'varchar(255)', None),
        ('issueTime', 'datetime(0)', None),
    ]),
    'appointment': (None, [
        ('id', 'int(255)', None),
        ('user_id', 'int(255)', None),
        ('vehicle_id', 'int(255)', None),
        ('station_id', 'int(255)', None),
        ('new_battery_id', 'int(255)', None),
        ('time', 'int(255)', None),
        ('date', 'datetime', None),
        ('complete', 'smallint(6)', None),
        ('ask', 'smallint(6)', None),
    ]),
    'battery': (None, [
        ('id', 'int(255)', None),
        ('number', 'varchar(255)', None),
        ('model', 'varchar(255)', None),
        ('vehicle_id', 'int(255)', None),
        ('station_id', 'int(255)', None),
        ('electricity', 'double', None),
        ('rated_capacity', 'double', None),
        ('actual_capacity', 'double', None),
        ('residual_capacity', 'double', None),
        ('date', 'datetime', None),
    ]),
    'login_record': (None, [
        ('id', 'int(255)', None),
        ('user_id', 'int(255)', None),
        ('phone', 'varchar(255)', None),
        ('status', 'int(11)', None),
        ('date', 'datetime', None),
    ]),
    'record': (None, [
        ('id', 'int(255)', None),
        ('user_id', 'int(255)', None),
        ('vehicle_id', 'int(11)', None),
        ('station_id', 'int(255)', None),
        ('money', 'double', None),
        ('old_battery_id', 'int(255)', None),
        ('new_battery_id', 'int(255)', None),
        ('date', 'datetime', None),
    ]),
    'station': (None, [
        ('id', 'int(255)', None),
        ('name', 'varchar(255)', None),
        ('address', 'varchar(255)', None),
        ('longitude', 'double', None),
        ('latitude', 'double', None),
    ]),
    'user_vehicle': (None, [
        ('id', 'int(255)', None),
        ('user_id', 'int(255)', None),
        ('vehicle_id', 'int(255)', None),
        ('admin', 'smallint(6)', None),
    ]),
    'vehicle': (None, [
        ('id', 'int(255)', None),
        ('number', 'varchar(255)', None),
        ('brand', 'varchar(255)', None),
        ('model', 'varchar(255)', None),
        ('plate', 'varchar(255)', None),
        ('user_id', 'int(255)', None),
        ('longitude', 'double', None),
        ('latitude', 'double', None),
        ('date', 'datetime', None),
        ('direction', 'double(255,0)', None),
        ('speed', 'double(255,0)', None),
        ('temperature', 'double', None),
        ('humidity', 'double', None),
        ('voltage', 'double', None),
        ('current', 'double', None),
        ('update_date', 'datetime', None),
    ]),
    'doctor': ('医生用户表', [
        ('id', 'int unsigned', 'id'),
        ('username', 'varchar(20)', '用户名'),
        ('password', 'varchar(20)', '密码'),
        ('name', 'varchar(20)', '姓名'),
        ('phone', 'char(11)', '手机号码'),
        ('email', 'varchar(50)', '邮箱'),
        ('emp_id', 'varchar(200)', '员工编号'),
    ]),
    'patient': ('病人信息', [
        ('id', 'int unsigned', 'id'),
        ('name', 'varchar(20)', '姓名'),
        ('age', 'int', '年龄'),
        ('gender', 'tinyint unsigned', '性别 1男 0女'),
        ('phone', 'char(11)', '手机号码'),
        ('id_card', 'char(18)', '身份证号'),
        ('doctor_id', 'int unsigned', '诊断医生id'),
        ('left_img', 'varchar(300)', '左眼图片'),
        ('right_img', 'varchar(300)', '右眼图片'),
        ('left_diag', 'varchar(500)', '左眼诊断结果关键字'),
        ('right_diag', 'varchar(500)', '右眼诊断结果关键字'),
        ('res_info', 'varchar(500)', '诊断结果信息'),
        ('diag_time', 'date', '诊断日期'),
        ('create_time', 'datetime', '创建时间'),
        ('update_time', 'datetime', '最后修改时间'),
        ('allergy', 'varchar(200)', '过敏药物'),
        ('complaint', 'varchar(200)', '主诉'),
        ('visit', 'tinyint unsigned', '初诊/复诊 1初诊 2复诊'),
        ('pres_history', 'varchar(200)', '现病史'),
        ('past_history', 'varchar(200)', '既往史'),
        ('pos_feature', 'varchar(200)', '阳体特征'),
        ('neg_feature', 'varchar(200)', '阴体特征'),
    ]),
}


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--check":
        sys.exit(check_sources(Path(sys.argv[2]), SOURCES, TABLES, upper_comments))
    print(__doc__, file=sys.stderr)
    sys.exit(2)
