# ant_v1.1_part000_2206 (annotator14)
@P1
LAW | القانون الأساسي للاتحاد العام التونسي للشغل | p1_statute

@P2
EVENT | المؤتمر 23 للاتحاد العام التونسي للشغل | p2_congress
DATE | الثلاثاء | p2_tue
LAW | القانون الأساسي للاتحاد | p2_statute
LAW | الفصل 10 | p2_art10
LAW | الفصل 20 | p2_art20
ORG | المكتب التنفيذي الوطني | p2_bureau

@P3
ORG | لجنة النظام الداخلي | p3_committee
ORG | الهيئة الإدارية | p3_admin
ORG | مكتب التنفيذي الوطني | p3_bureau
LAW | الفصل السادس | p3_art6
ORG | هيئة الإدارية | p3_admin2
LAW | الفصل الثالث | p3_art3
ORG | معهد حشاد | p3_hached
ORG | مركز الدراسات الاستراتيجية والبحوث | p3_centre
ORG | مؤسسات الإعلام والنشر | p3_media
ORG | صندوق التضامن النقابي | p3_fund
NORP | العربية | p3_arab
ORG | حركة التحرير الوطني الفلسطينية | p3_fatah
GPE | الكيان الصهيوني | p3_israel
