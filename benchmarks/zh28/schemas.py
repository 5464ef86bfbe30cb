"""The columns (name, type, Chinese comment) of the public schemas zh28's tables copy.

Transcribed from three public Chinese projects at pinned commits; `python benchmarks/zh28/schemas.py
--check MIRROR_ROOT` compares every table's columns and comments with the snapshots the workplace's fetch
tool brings (MIRROR_ROOT/OWNER+NAME/repo). Only names, types and descriptions are kept: no code of any
project.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from zhsql import Tables, check_sources  # noqa: E402

POWER = ("lunavexxx/shardPower", "46186fa99febd6bc49e0c8a49fb758cd9c39954c")  # 共享充电宝, pinyin column names
RED = ("gi3636/red-book-backend", "d6ca2d6a47d179525deac81f9c426308ef72a5ef")  # a 小红书-like notes app
SCHOOL = ("Encounter77/StudentInformationManagementSystem", "17649e1e60956ff5475a505220cd5c598f78f46e")  # 学生信息管理
# (repository, commit, path, licence) of each table's DDL
SOURCES = {t: (*POWER, f"test/{t}.sql", "none stated")
           for t in ("yonghu", "weihurenyuan", "users", "token", "hezuoshanghu", "quyuxinxi", "chongdianbaotoufang",
                     "zulindingdan", "guihaidingdan", "feiyongdingdan", "chongdianbaoweihu", "gonggaolan", "discussgonggaolan")}
SOURCES |= {t: (*RED, "sql/red_book.sql", "Apache-2.0")
            for t in ("tbl_user", "tbl_sys_user", "tbl_note", "tbl_comment", "tbl_user_note_like", "tbl_user_note_favorite",
                      "tbl_user_note_view", "tbl_user_comment_like")}
SOURCES |= {t: (*SCHOOL, "src/db/student.sql", "none stated") for t in ("student", "class", "subject")}

# shardPower's tables (one DataGrip DDL file a table, lower-case `comment`), red-book's (a Navicat dump), the school's
TABLES: Tables = {
    'yonghu': ('用户', [
        ('id', 'bigint', '主键'),
        ('addtime', 'timestamp', '创建时间'),
        ('yonghuzhanghao', 'varchar(200)', '用户账号'),
        ('mima', 'varchar(200)', '密码'),
        ('yonghuxingming', 'varchar(200)', '用户姓名'),
        ('xingbie', 'varchar(200)', '性别'),
        ('nianling', 'int', '年龄'),
        ('touxiang', 'varchar(200)', '头像'),
        ('yonghushouji', 'varchar(200)', '用户手机'),
    ]),
    'weihurenyuan': ('维护人员', [
        ('id', 'bigint', '主键'),
        ('addtime', 'timestamp', '创建时间'),
        ('renyuanzhanghao', 'varchar(200)', '人员账号'),
        ('mima', 'varchar(200)', '密码'),
        ('renyuanxingming', 'varchar(200)', '人员姓名'),
        ('xingbie', 'varchar(200)', '性别'),
        ('nianling', 'int', '年龄'),
        ('zhaopian', 'varchar(200)', '照片'),
        ('lianxifangshi', 'varchar(200)', '联系方式'),
        ('weihuquyu', 'varchar(200)', '维护区域'),
    ]),
    'users': ('用户表', [
        ('id', 'bigint', '主键'),
        ('username', 'varchar(100)', '用户名'),
        ('password', 'varchar(100)', '密码'),
        ('role', 'varchar(100)', '角色'),
        ('addtime', 'timestamp', '新增时间'),
    ]),
    'token': ('token表', [
        ('id', 'bigint', '主键'),
        ('userid', 'bigint', '用户id'),
        ('username', 'varchar(100)', '用户名'),
        ('tablename', 'varchar(100)', '表名'),
        ('role', 'varchar(100)', '角色'),
        ('token', 'varchar(200)', '密码'),
        ('addtime', 'timestamp', '新增时间'),
        ('expiratedtime', 'timestamp', '过期时间'),
    ]),
    'hezuoshanghu': ('合作商户', [
        ('id', 'bigint', '主键'),
        ('addtime', 'timestamp', '创建时间'),
        ('shanghubianhao', 'varchar(200)', '商户编号'),
        ('shanghumingcheng', 'varchar(200)', '商户名称'),
        ('quyu', 'varchar(200)', '区域'),
        ('xiangxidizhi', 'varchar(200)', '详细地址'),
        ('lianxiren', 'varchar(200)', '联系人'),
        ('lianxifangshi', 'varchar(200)', '联系方式'),
        ('shanghutupian', 'varchar(200)', '商户图片'),
        ('shanghuhao', 'varchar(100)', None),
    ]),
    'quyuxinxi': ('区域信息', [
        ('id', 'bigint', '主键'),
        ('addtime', 'timestamp', '创建时间'),
        ('quyu', 'varchar(200)', '区域'),
    ]),
    'chongdianbaotoufang': ('充电宝投放', [
        ('id', 'bigint', '主键'),
        ('addtime', 'timestamp', '创建时间'),
        ('chongdianbaobianhao', 'varchar(200)', '充电宝编号'),
        ('shanghubianhao', 'varchar(200)', '商户编号'),
        ('shanghumingcheng', 'varchar(200)', '商户名称'),
        ('xiangxidizhi', 'varchar(200)', '详细地址'),
        ('pinpai', 'varchar(200)', '品牌'),
        ('tupian', 'varchar(200)', '图片'),
        ('quyu', 'varchar(200)', '区域'),
        ('meixiaoshifeiyong', 'int', '每小时费用'),
        ('shengyudianliang', 'int', '剩余电量'),
        ('toufangshijian', 'date', '投放时间'),
        ('yajin', 'varchar(20)', None),
    ]),
    'zulindingdan': ('租赁订单', [
        ('id', 'bigint', '主键'),
        ('addtime', 'timestamp', '创建时间'),
        ('zulinbianhao', 'varchar(200)', '租赁编号'),
        ('chongdianbaobianhao', 'varchar(200)', '充电宝编号'),
        ('tupian', 'varchar(200)', '图片'),
        ('quyu', 'varchar(200)', '区域'),
        ('shanghubianhao', 'varchar(200)', '商户编号'),
        ('shanghumingcheng', 'varchar(200)', '商户名称'),
        ('meixiaoshifeiyong', 'varchar(200)', '每小时费用'),
        ('kaishishijian', 'datetime', '开始时间'),
        ('yonghuzhanghao', 'varchar(200)', '用户账号'),
        ('yonghuxingming', 'varchar(200)', '用户姓名'),
        ('yonghushouji', 'varchar(200)', '用户手机'),
        ('yajin', 'varchar(20)', None),
    ]),
    'guihaidingdan': ('归还订单', [
        ('id', 'bigint', '主键'),
        ('addtime', 'timestamp', '创建时间'),
        ('zulinbianhao', 'varchar(200)', '租赁编号'),
        ('chongdianbaobianhao', 'varchar(200)', '充电宝编号'),
        ('tupian', 'varchar(200)', '图片'),
        ('quyu', 'varchar(200)', '区域'),
        ('shanghubianhao', 'varchar(200)', '商户编号'),
        ('shanghumingcheng', 'varchar(200)', '商户名称'),
        ('meixiaoshifeiyong', 'varchar(200)', '每小时费用'),
        ('kaishishijian', 'varchar(200)', '开始时间'),
        ('jieshushijian', 'datetime', '结束时间'),
        ('yonghuzhanghao', 'varchar(200)', '用户账号'),
        ('yonghuxingming', 'varchar(200)', '用户姓名'),
        ('yonghushouji', 'varchar(200)', '用户手机'),
        ('sfsh', 'varchar(200)', '是否审核'),
        ('shhf', 'longtext', '审核回复'),
        ('yajin', 'varchar(20)', None),
    ]),
    'feiyongdingdan': ('费用订单', [
        ('id', 'bigint', '主键'),
        ('addtime', 'timestamp', '创建时间'),
        ('zulinbianhao', 'varchar(200)', '租赁编号'),
        ('chongdianbaobianhao', 'varchar(200)', '充电宝编号'),
        ('quyu', 'varchar(200)', '区域'),
        ('tupian', 'varchar(200)', '图片'),
        ('shanghubianhao', 'varchar(200)', '商户编号'),
        ('shanghumingcheng', 'varchar(200)', '商户名称'),
        ('kaishishijian', 'varchar(200)', '开始时间'),
        ('jieshushijian', 'varchar(200)', '结束时间'),
        ('meixiaoshifeiyong', 'varchar(200)', '每小时费用'),
        ('zulinshizhang', 'varchar(200)', '租赁时长'),
        ('zulinfeiyong', 'varchar(200)', '租赁费用'),
        ('yonghuzhanghao', 'varchar(200)', '用户账号'),
        ('yonghuxingming', 'varchar(200)', '用户姓名'),
        ('yonghushouji', 'varchar(200)', '用户手机'),
        ('renyuanzhanghao', 'varchar(200)', '人员账号'),
        ('renyuanxingming', 'varchar(200)', '人员姓名'),
        ('ispay', 'varchar(200)', '是否支付'),
        ('yajin', 'varchar(20)', None),
    ]),
    'chongdianbaoweihu': ('充电宝维护', [
        ('id', 'bigint', '主键'),
        ('addtime', 'timestamp', '创建时间'),
        ('chongdianbaobianhao', 'varchar(200)', '充电宝编号'),
        ('shanghubianhao', 'varchar(200)', '商户编号'),
        ('shanghumingcheng', 'varchar(200)', '商户名称'),
        ('tupian', 'varchar(200)', '图片'),
        ('quyu', 'varchar(200)', '区域'),
        ('pinpai', 'varchar(200)', '品牌'),
        ('guzhangmiaoshu', 'longtext', '故障描述'),
        ('chulijieguo', 'longtext', '处理结果'),
        ('chulishijian', 'date', '处理时间'),
        ('renyuanzhanghao', 'varchar(200)', '人员账号'),
        ('renyuanxingming', 'varchar(200)', '人员姓名'),
    ]),
    'gonggaolan': ('公告栏', [
        ('id', 'bigint', '主键'),
        ('addtime', 'timestamp', '创建时间'),
        ('gonggaobiaoti', 'varchar(200)', '公告标题'),
        ('fengmiantupian', 'varchar(200)', '封面图片'),
        ('neirong', 'longtext', '内容'),
        ('faburiqi', 'date', '发布日期'),
        ('faburen', 'varchar(200)', '发布人'),
    ]),
    'discussgonggaolan': ('公告栏评论表', [
        ('id', 'bigint', '主键'),
        ('addtime', 'timestamp', '创建时间'),
        ('refid', 'bigint', '关联表id'),
        ('userid', 'bigint', '用户id'),
        ('nickname', 'varchar(200)', '用户名'),
        ('content', 'longtext', '评论内容'),
        ('reply', 'longtext', '回复内容'),
    ]),
    'tbl_user': ('用户表', [
        ('id', 'bigint', '用户'),
        ('username', 'varchar(64)', '用户名'),
        ('password', 'varchar(64)', '密码'),
        ('mobile', 'varchar(32)', '手机号'),
        ('nickname', 'varchar(32)', '昵称;昵称'),
        ('avatar', 'varchar(255)', '头像'),
        ('sex', 'int', '性别 0是保密 1是男 2是女'),
        ('birthday', 'datetime', '生日'),
        ('country', 'varchar(32)', '国家'),
        ('city', 'varchar(64)', '城市'),
        ('description', 'varchar(255)', '简介'),
        ('cover', 'varchar(255)', '个人介绍的背景图'),
        ('created_time', 'datetime', '创建时间'),
        ('updated_time', 'datetime', '更新时间'),
        ('deleted', 'tinyint(1)', '是否删除;1是删除，0是不删除'),
    ]),
    'tbl_sys_user': ('用户账户', [
        ('id', 'bigint', None),
        ('username', 'varchar(20)', '用户名'),
        ('password', 'varchar(200)', '密码'),
        ('salt', 'varchar(10)', '盐'),
        ('name', 'varchar(64)', '姓名'),
        ('created_time', 'datetime', '创建时间'),
        ('created_by', 'bigint', '创建者'),
        ('updated_time', 'datetime', '修改时间'),
        ('updated_by', 'bigint', '修改人'),
    ]),
    'tbl_note': ('笔记表', [
        ('id', 'bigint', '笔记Id'),
        ('user_id', 'bigint', '用户Id'),
        ('title', 'varchar(64)', '笔记标题'),
        ('content', 'text', '笔记内容'),
        ('favorite_count', 'int', '笔记收藏数'),
        ('like_count', 'int', '笔记点赞数'),
        ('view_count', 'int', '浏览数'),
        ('images', 'text', '笔记图片,多个图片用逗号分隔'),
        ('is_public', 'tinyint(1) unsigned', '是否公开 1是公开，0是个人可见'),
        ('status', 'int', '审核状态 0是未审核 1是审核通过 2是审核不通过'),
        ('created_time', 'datetime', '创建时间'),
        ('updated_time', 'datetime', '更新时间'),
        ('deleted', 'tinyint(1)', '是否删除;1是删除，0是不删除'),
    ]),
    'tbl_comment': ('评论表', [
        ('id', 'bigint', '评论id'),
        ('note_id', 'bigint', '笔记id'),
        ('user_id', 'bigint', '用户id'),
        ('parent_id', 'bigint', '回复的评论id'),
        ('to_user_id', 'bigint', '回复的对象id'),
        ('content', 'varchar(255)', '评论内容'),
        ('like_count', 'int', '评论点赞数'),
        ('created_time', 'datetime', '创建时间'),
        ('updated_time', 'datetime', '更新时间'),
        ('deleted', 'tinyint(1)', '是否删除;1是删除，0是不删除'),
    ]),
    'tbl_user_note_like': ('笔记点赞数表', [
        ('id', 'bigint', None),
        ('user_id', 'bigint', '用户id'),
        ('note_id', 'bigint', '笔记id'),
        ('status', 'int', '点赞状态 0是取消 1是点赞'),
        ('created_time', 'datetime', '创建时间'),
        ('updated_time', 'datetime', '更新时间'),
    ]),
    'tbl_user_note_favorite': ('笔记收藏数表', [
        ('id', 'bigint', None),
        ('user_id', 'bigint', '用户id'),
        ('note_id', 'bigint', '笔记Id'),
        ('status', 'int', '收藏状态 0是取消 1是收藏'),
        ('created_time', 'datetime', '创建时间'),
        ('updated_time', 'datetime', '更新时间'),
    ]),
    'tbl_user_note_view': ('笔记观看数表', [
        ('id', 'bigint', None),
        ('user_id', 'bigint', '用户id'),
        ('note_id', 'bigint', '笔记id'),
        ('created_time', 'datetime', '创建时间'),
        ('updated_time', 'datetime', '更新时间'),
    ]),
    'tbl_user_comment_like': ('评论点赞数表', [
        ('id', 'bigint', 'id'),
        ('user_id', 'bigint', '用户id'),
        ('comment_id', 'bigint', '评论id'),
        ('note_id', 'bigint', '笔记id'),
        ('status', 'int', '点赞状态 0是取消 1是点赞'),
        ('created_time', 'datetime', '创建时间'),
        ('updated_time', 'datetime', '更新时间'),
    ]),
    'student': ('专业主键', [
        ('stu_id', 'varchar(18)', '学生主键-学号'),
        ('id_num', 'varchar(18)', '身份证号'),
        ('name', 'varchar(20)', '姓名'),
        ('sex', 'varchar(6)', '性别'),
        ('subject_id', 'varchar(64)', '所属专业'),
        ('class_id', 'varchar(64)', '所属班级'),
        ('grade', 'varchar(64)', '年级'),
        ('phone', 'varchar(11)', '电话'),
        ('qq', 'varchar(20)', 'QQ'),
        ('address', 'varchar(128)', '家庭住址'),
        ('teacher_name', 'varchar(20)', '班主任姓名'),
        ('parent_name', 'varchar(20)', '家长姓名'),
        ('parent_phone', 'varchar(20)', '家长电话'),
        ('email', 'varchar(64)', '电子邮件地址'),
        ('remarks', 'varchar(255)', '备注'),
    ]),
    'class': (None, [
        ('class_id', 'varchar(18)', '班级主键'),
        ('class_name', 'varchar(64)', '班级名称'),
        ('class_info', 'varchar(255)', '班级信息'),
        ('subject_id', 'varchar(18)', '班级所属专业'),
    ]),
    'subject': (None, [
        ('subject_id', 'varchar(18)', '专业主键'),
        ('subject_name', 'varchar(64)', '专业名称'),
        ('subject_info', 'varchar(255)', '专业信息'),
    ]),
}


def upper_comments(text: str) -> str:
    """shardPower's DataGrip DDL writes `comment '…'` in lower case, as zhsql's reader does not."""
    return re.sub(r"\bcomment '", "COMMENT '", text)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--check":
        sys.exit(check_sources(Path(sys.argv[2]), SOURCES, TABLES, upper_comments))
    print(__doc__, file=sys.stderr)
    sys.exit(2)
