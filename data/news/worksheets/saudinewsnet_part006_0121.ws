# saudinewsnet_part006_0121 (annotator57)
# "وزير الإسكان", "وكيل الوزارة ...", "مدير مكتب وزير الإسكان" are titles (no ORG, no ROLE);
# bare "الوزارة", "الصندوق", "المملكة" are common-noun references.
@P2
PER | ماجد بن عبدالله الحقيل | p2_hogail

@P3
# the speaker ("وقال") is named only in P2, so "بحضور" gives no MEET here
DATE | أمس | p3_yesterday
ORG | صندوق التنمية العقارية | p3_redf
PER | يوسف الزغيبي | p3_zughaibi
REL | ROLE | p3_zughaibi | p3_redf
PER | سلمان بن عبدالعزيز | p3_salman
ORG | وزارة الإسكان | p3_moh

@P6
# attendees of the ceremony: no MEET
PER | عبدالناصر عسيري | p6_asiri
PER | محمد الزميع | p6_zumai
PER | حمد الحبردي | p6_habardi
