# saudinewsnet_part007_1014 (annotator53)
# Opinion column. "الجهات الحكومية", "قانون يحمي البيئة البحرية" (indefinite, no LAW), "الأنظمة الرادعة" and the
# red/black tides «البقعة الحمراء» / «السوداء» (a phenomenon, not a name) are not annotated; "العقود المقبلة",
# "الفترة الماضية" and "خلال ساعات قليلة" are vague spans or durations, not DATE.
@P2
LOC | الخليج العربي | p2_gulf              # "قبالة السواحل بالخليج العربي": the sea

@P8
NORP | الخليجية | p8_gulf                  # "السواحل الخليجية": regional adjective on a common noun
