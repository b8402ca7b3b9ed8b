# saudinewsnet_part004_0538 (keyword3, second pass)
@P1
ORG | الخارجية الفلسطينية | p1_mofa
NORP | الإسرائيلي | p1_israeli

@P2
ORG | وزارة الخارجية الفلسطينية | p2_mofa
DATE | اليوم الأربعاء | p2_wed
NORP | الإسرائيلي | p2_israeli1
NORP | الفلسطينيين | p2_palestinians
ORG | لجنة التخطيط | p2_planning
ORG | إدارة المدنية الإسرائيلية | p2_civadmin
LOC | الضفة الغربية | p2_westbank
NORP | الإسرائيلية | p2_israeli2
PER | اييلت شكيد | p2_shaked
NORP | الفلسطينية | p2_palestinian1
NORP | الإسرائيلي | p2_israeli3
ORG | البيت اليهودي | p2_jewishhome
PER | نفتالي بينت | p2_bennett
LOC | أرض إسرائيل | p2_landofisrael
NORP | الإسرائيلي | p2_israeli4
NORP | الفلسطيني | p2_palestinian2
NORP | فلسطينية | p2_palestinian3
ORG | الخارجية الفلسطينية | p2_mofa2
ORG | الأمم المتحدة | p2_un
ORG | مجلس الأمن | p2_unsc
NORP | الإسرائيلي | p2_israeli5
GPE | فلسطين | p2_palestine
NORP | الإسرائيلية | p2_israeli6
NORP | الفلسطيني | p2_palestinian4
REL | CRITICIZES | p2_mofa | p2_planning
REL | ROLE | p2_shaked | p2_israeli2
REL | CRITICIZES | p2_mofa | p2_shaked
REL | ROLE | p2_bennett | p2_israeli3
REL | ROLE | p2_bennett | p2_jewishhome
REL | CRITICIZES | p2_mofa | p2_bennett
